//! Entries of 法治科's journal that stand on their own (an Art. 13 finding, an Art. 12 report): each with every
//! version, an amendment naming the version it replaces.

use std::collections::{BTreeMap, BTreeSet};

use crate::case_file::{FieldError, FiledStep, StepVersion};
use crate::journal::{Authorship, Event, EventBody, EventHash};

/// What `pick` finds in an event's body: the version it replaces, its reason, its value.
pub type Picked<'a, T> = (Option<EventHash>, &'a str, &'a T);

/// The entries `pick` finds in `events` (its version replaced, its reason, its value), each with every version,
/// oldest first. The same events in any order give the same result.
pub fn fold_standalone<'a, T: Clone + 'a>(
    events: impl IntoIterator<Item = &'a Event>,
    flagged: &BTreeSet<EventHash>,
    pick: impl Fn(&'a EventBody) -> Option<Picked<'a, T>>,
) -> Vec<FiledStep<T>> {
    let mut entries: Vec<(&Event, Picked<'a, T>)> =
        events.into_iter().filter_map(|e| pick(&e.body).map(|entry| (e, entry))).collect();
    entries.sort_by_key(|(e, _)| (e.device_time, e.hash));
    entries.dedup_by_key(|(e, _)| e.hash);
    let mut steps: Vec<FiledStep<T>> = Vec::new();
    let mut owner: BTreeMap<EventHash, EventHash> = BTreeMap::new();
    for (event, (amends, reason, value)) in entries {
        let version = StepVersion {
            author: Authorship::of(event, flagged),
            step: value.clone(),
            reason: amends.map(|_| reason.to_string()),
        };
        match amends.and_then(|v| owner.get(&v).copied()) {
            Some(step_id) => {
                if let Some(step) = steps.iter_mut().find(|s| s.id == step_id) {
                    step.versions.push(version);
                }
                owner.insert(event.hash, step_id);
            }
            None => {
                steps.push(FiledStep { id: event.hash, round: 0, versions: vec![version] });
                owner.insert(event.hash, event.hash);
            }
        }
    }
    steps
}

/// Why an amendment of `version` cannot be made (it names no entry, or not the latest version of one).
pub fn amendment_refusal<T>(entries: &[FiledStep<T>], version: EventHash) -> Option<Vec<FieldError>> {
    let refused = |message: &str| Some(vec![FieldError::new("", message)]);
    match entries.iter().find(|s| s.versions.iter().any(|v| v.author.hash == version)) {
        None => refused("所修改的内容不在法治科日志中"),
        Some(step) if step.latest().author.hash != version => refused("该内容已有更新的版本，请在最新版本上修改"),
        Some(_) => None,
    }
}
