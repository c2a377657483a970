//! The deadlines of R1 第十条, counted on the PRC working-day calendar ([`crate::calendar`]).
//!
//! - R1-10-1 [`transfer_deadline`]: a case the bureau is not competent for is transferred within 2 days of intake;
//!   “2日” counts calendar days or working days as the [`DayCounting`] setting says (default: calendar days).
//! - R1-10-3 [`reinvestigation_deadline`]: the bureau may order a new investigation within 1 month of the decision.
//!
//! Counting (民法典 第二百零一条至第二百零三条, quoted in every explanation): the start day is excluded; a month ends on
//! the corresponding date of the next month, or on its last day; a last day on a rest day moves to the next working
//! day; a weekend declared a make-up workday is a working day. Dates in years without a published holiday arrangement
//! are flagged.

mod counting;
mod outcome;
mod outside_law;
mod period;
mod reinvestigation;
mod status;
mod transfer;

#[cfg(test)]
mod holiday_block_tests;
#[cfg(test)]
mod properties;

pub use counting::DayCounting;
pub use outcome::{Deadline, DeadlineKind};
pub use outside_law::{
    ADMINISTRATIVE_PENALTY_LAW_WORKING_DAYS, CIVIL_CODE_MONTH_END, CIVIL_CODE_REST_DAY_EXTENSION,
    CIVIL_CODE_START_DAY_EXCLUDED, OutsideProvision,
};
pub use period::DeadlineError;
pub use period::Period;
pub use reinvestigation::reinvestigation_deadline;
pub use status::DeadlineStatus;
pub use transfer::transfer_deadline;
