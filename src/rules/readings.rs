//! [`Readings`]: the bureau's chosen readings of both regulations, the one setting every engine run is made under.

use serde::{Deserialize, Serialize};

use super::deadline::DayCounting;
use super::r1::BureauPolicy;
use super::r2::Interpretation;

/// The bureau's readings (本局口径) of the rules' open points, set by 法治科 on the settings page and stored per
/// device. Every field falls back to the engine's default, so a partly stored value still loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Readings {
    /// How R2's ambiguous points are read (used by every interference verdict).
    pub r2: Interpretation,
    /// R1 readings and the sanction policy behind every 建议.
    pub r1: BureauPolicy,
    /// Whether R1-10-1's “2日” counts calendar days or working days.
    pub day_counting: DayCounting,
}
