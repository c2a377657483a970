//! The device clock, as the journal records it.

use chrono::{DateTime, FixedOffset, Local, NaiveDateTime};

/// Now, in the device's time zone.
pub fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// Now, as local wall-clock time (for forms and validation).
pub fn local_now() -> NaiveDateTime {
    Local::now().naive_local()
}
