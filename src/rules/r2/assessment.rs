//! [`Assessment`]: what the R2 engine says of one contact.

use serde::Serialize;

use super::actions::{RequiredAction, action_cites};
use super::cites::R2_2;
use super::verdict::Verdict;
use crate::law::Cite;
use crate::rules::{Explanation, distinct_cites};

/// The assessment of one contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The outcome.
    pub verdict: Verdict,
    /// Whether the person is internal personnel under Art. 2 (under the reading used).
    pub internal_personnel: bool,
    /// What must be done; always starts with the record (Art. 3).
    pub actions: Vec<RequiredAction>,
    /// The reasoning, step by step.
    pub explanation: Explanation,
}

impl Assessment {
    /// The provisions the conclusion and its required actions rest on, without repeats: Art. 2 when the person's
    /// standing as internal personnel decides the outcome, the verdict's own provisions ([`Verdict::rests_on`]),
    /// then the actions'. What the engine considered and set aside (e.g. Art. 10 for a contact cleared under
    /// Art. 7) is not here; it stays in the explanation's steps, each with its own citations.
    pub fn rests_on(&self) -> Vec<Cite> {
        let standing = (self.internal_personnel && self.verdict != Verdict::OutsideScope).then_some(R2_2);
        distinct_cites(standing.into_iter().chain(self.verdict.rests_on()).chain(action_cites(&self.actions)))
    }
}
