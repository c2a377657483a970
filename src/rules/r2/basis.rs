//! [`Basis`]: what an R2 assessment is made under (the bureau's reading and the [`Occasion`]).

use serde::Serialize;

use super::interpretation::Interpretation;

/// Where the facts come from, which decides what the record duty of Art. 3 and 13 still asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Occasion {
    /// The facts of a record the officer makes in this tool: the record is the Art. 3 record, so the duty is being
    /// met and Art. 13 (a handler who did not record) does not arise; what remains is said instead.
    #[default]
    OwnRecord,
    /// A contact described from outside a record (a training scenario): whether the handler has recorded it is one
    /// of the facts, and a handler who has not is reminded of Art. 13.
    Described,
}

/// What an assessment is made under: the bureau's reading and the occasion. A bare `&Interpretation` means the
/// officer's own record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basis<'a> {
    /// The reading of R2's ambiguous points.
    pub reading: &'a Interpretation,
    /// Where the facts come from.
    pub occasion: Occasion,
}

impl<'a> From<&'a Interpretation> for Basis<'a> {
    fn from(reading: &'a Interpretation) -> Self {
        Basis { reading, occasion: Occasion::default() }
    }
}
