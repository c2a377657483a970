//! R2 《行政执法机关内部人员干预、插手案件办理的记录、通报和责任追究制度》 as executable rules.

mod facts;

pub use facts::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};
