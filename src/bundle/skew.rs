//! Clock skew: device clocks may be wrong by days. Nothing is ordered or refused by them; disagreements between
//! event times, the export time and the import time are shown as warnings.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset};

use super::preview::ClockSkew;
use super::verify::VerifiedBundle;
use crate::journal::DeviceId;

/// Differences up to this many minutes are normal clock drift and not reported.
pub const CLOCK_TOLERANCE_MINUTES: i64 = 10;

/// A file exported more than this many days before its import is reported (an old file, or a slow clock).
pub const OLD_EXPORT_DAYS: i64 = 30;

/// Every sign of a wrong clock in a verified bundle imported at `now`.
pub(crate) fn clock_skew(bundle: &VerifiedBundle, now: DateTime<FixedOffset>) -> Vec<ClockSkew> {
    let tolerance = Duration::minutes(CLOCK_TOLERANCE_MINUTES);
    let mut found = Vec::new();
    let export_lead = bundle.exported_at - now;
    if export_lead > tolerance {
        found.push(ClockSkew::ExportedInFuture { ahead: export_lead });
    }
    let export_lag = now - bundle.exported_at;
    if export_lag > Duration::days(OLD_EXPORT_DAYS) {
        found.push(ClockSkew::ExportedLongAgo { behind: export_lag });
    }

    let own_after_export: Vec<Duration> = bundle
        .events
        .iter()
        .filter(|e| e.event.device == bundle.exporter.device)
        .map(|e| e.event.device_time - bundle.exported_at)
        .filter(|lead| *lead > tolerance)
        .collect();
    if let Some(ahead) = own_after_export.iter().max() {
        found.push(ClockSkew::EventsAfterExport { count: own_after_export.len(), ahead: *ahead });
    }
    let in_future: Vec<Duration> =
        bundle.events.iter().map(|e| e.event.device_time - now).filter(|lead| *lead > tolerance).collect();
    if let Some(ahead) = in_future.iter().max() {
        found.push(ClockSkew::EventsInFuture { count: in_future.len(), ahead: *ahead });
    }

    // Events are sorted by device then position: compare each with the one just before it in its chain.
    let mut steps_back: BTreeMap<&DeviceId, Vec<Duration>> = BTreeMap::new();
    for pair in bundle.events.windows(2) {
        let (before, after) = (&pair[0].event, &pair[1].event);
        let back = before.device_time - after.device_time;
        if before.device == after.device && before.seq.checked_add(1) == Some(after.seq) && back > tolerance {
            steps_back.entry(&after.device).or_default().push(back);
        }
    }
    for (device, steps) in steps_back {
        if let Some(largest) = steps.iter().max() {
            found.push(ClockSkew::ClockWentBack { device: device.clone(), count: steps.len(), largest: *largest });
        }
    }
    found
}
