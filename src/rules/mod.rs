//! The rules engine: both regulations as pure, deterministic functions that cite their articles and explain themselves.
//!
//! [`run`] is the one entry point: a [`Case`] under the bureau's [`Readings`] gives an [`Outcome`].
//!
//! Nothing here touches the browser; everything is tested natively.

pub mod deadline;
mod explain;
mod outcome;
pub mod r1;
pub mod r2;
mod readings;
mod run;

pub use explain::{Explanation, Step, distinct_cites};
pub use outcome::Outcome;
pub use readings::Readings;
pub use run::{Case, run, run_contact, run_non_recording, run_wrong_case};
