//! The one door into the engine: [`run`] takes a [`Case`] (the facts of one matter under either regulation) and
//! the bureau's [`Readings`], and answers with the matching [`Outcome`].

use serde::Serialize;

use super::outcome::Outcome;
use super::r1::{self, WrongCaseFacts};
use super::r2::{self, InterferenceFacts, NonRecordingFacts, Occasion, RetaliationFacts};
use super::readings::Readings;

/// The facts of one matter the engine decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "facts")]
pub enum Case {
    /// One contact about a case (R2 Art. 2, 5–8, 10, 14), and where its facts come from: the officer's own record
    /// ([`Occasion::OwnRecord`]) or a contact described outside a record, such as a training scenario
    /// ([`Occasion::Described`]), which decides what the record duty of Art. 3 and 13 still asks.
    Contact {
        /// What happened.
        facts: InterferenceFacts,
        /// Where the facts come from.
        occasion: Occasion,
    },
    /// A handler who did not record, or did not record truthfully (R2 Art. 13).
    NonRecording(NonRecordingFacts),
    /// A measure against a handler who recorded (R2 Art. 9, 12).
    Retaliation(RetaliationFacts),
    /// A case reviewed for wrong-case accountability (R1).
    WrongCase(WrongCaseFacts),
}

impl Case {
    /// A contact on the officer's own record ([`Occasion::OwnRecord`]).
    pub fn own_record(facts: InterferenceFacts) -> Self {
        Case::Contact { facts, occasion: Occasion::OwnRecord }
    }

    /// A contact described from outside a record, e.g. in a training scenario ([`Occasion::Described`]): whether
    /// the handler has recorded it is one of its facts.
    pub fn described(facts: InterferenceFacts) -> Self {
        Case::Contact { facts, occasion: Occasion::Described }
    }

    /// 1 for an R1 case, 2 for an R2 one.
    pub fn regulation(&self) -> u8 {
        match self {
            Case::WrongCase(_) => 1,
            _ => 2,
        }
    }

    /// The officers of an R1 case (empty for R2 matters).
    pub fn officer_names(&self) -> Vec<&str> {
        match self {
            Case::WrongCase(case) => case.officers.iter().map(|o| o.name.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

/// Runs the engine on `case` under the bureau's `readings`: R2's [`r2::Interpretation`] for a contact or a
/// non-recording finding, R1's [`r1::BureauPolicy`] for a wrong case (a retaliation finding takes no reading).
pub fn run(case: &Case, readings: &Readings) -> Outcome {
    match case {
        Case::Contact { facts, occasion } => Outcome::Contact(run_contact(facts, *occasion, readings)),
        Case::NonRecording(facts) => Outcome::NonRecording(run_non_recording(facts, readings)),
        Case::Retaliation(facts) => Outcome::Retaliation(r2::retaliation(facts)),
        Case::WrongCase(facts) => Outcome::WrongCase(run_wrong_case(facts, readings)),
    }
}

/// [`run`] for a non-recording finding, when the caller holds one (法治科's findings per handler).
pub fn run_non_recording(facts: &NonRecordingFacts, readings: &Readings) -> r2::NonRecordingOutcome {
    r2::non_recording_with(facts, &readings.r2)
}

/// [`run`] for a contact, when the caller holds one and wants its typed assessment (the record pages and form).
pub fn run_contact(facts: &InterferenceFacts, occasion: Occasion, readings: &Readings) -> r2::Assessment {
    r2::assess_with(facts, r2::Basis { reading: &readings.r2, occasion })
}

/// [`run`] for a wrong case, when the caller holds one and wants its typed assessment (the worksheet).
pub fn run_wrong_case(facts: &WrongCaseFacts, readings: &Readings) -> r1::WrongCaseAssessment {
    r1::assess_with_policy(facts, &readings.r1)
}
