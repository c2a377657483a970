//! The readings the answer key is computed under: the same settings officers use, so the key never disagrees with
//! the engine they rely on.

use serde::{Deserialize, Serialize};

use crate::rules::r1::BureauPolicy;
use crate::rules::r2::Interpretation;

/// The bureau's chosen readings of both regulations. The trainer expectations in the scenario bank are written for
/// the defaults; under other readings the key still comes from the engine, so it follows the bureau's settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizRules {
    /// R2's ambiguous points (解释口径).
    pub r2: Interpretation,
    /// R1's bureau policy (终审判决的理解、处理建议政策表).
    pub r1: BureauPolicy,
}
