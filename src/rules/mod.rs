//! The rules engine: both regulations as pure, deterministic functions that cite their articles and explain themselves.
//!
//! Nothing here touches the browser; everything is tested natively.

pub mod deadline;
mod explain;
pub mod r1;
pub mod r2;

pub use explain::{Explanation, Step, distinct_cites};
