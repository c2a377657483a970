//! Why a wrong option is wrong: the smallest change of the scenario's facts (one fact, else two) under which the
//! ENGINE would give that option, found by running [`crate::rules::run`] on each change ([`super::flips`]).

use serde::Serialize;

use super::ask::{Ask, Choice};
use super::flips::{Flip, flips};
use crate::law::Cite;
use crate::rules::{Case, Readings, run};

/// One fact of the scenario as it is, and as it would have to be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactChange {
    /// The fact as it is, e.g. `以电话方式进行`.
    pub actual: String,
    /// The fact as changed, e.g. `以书面（公函、批示、意见书等）方式进行`.
    pub changed: String,
}

/// The smallest change found for one option, and the provisions the option would then rest on.
#[derive(Debug, Clone)]
pub(super) struct Counterfactual {
    /// One or two changed facts, in the order they are applied.
    pub changes: Vec<FactChange>,
    /// The provisions the option would rest on under the changed facts.
    pub cites: Vec<Cite>,
}

/// For each choice (in order), the smallest change of facts under which the engine makes it right: every single
/// change first (most instructive first, [`flips`]), then pairs of changes of two different facts. `None` for a
/// right choice, and for a wrong one that no change of one or two facts makes right.
pub(super) fn smallest_changes(
    ask: Ask,
    facts: &Case,
    rules: &Readings,
    choices: &[Choice],
    right: &[String],
) -> Vec<Option<Counterfactual>> {
    let mut found: Vec<Option<Counterfactual>> = vec![None; choices.len()];
    let pending = |found: &[Option<Counterfactual>]| {
        choices.iter().zip(found).any(|(choice, f)| f.is_none() && !right.contains(&choice.key))
    };
    let try_changes = |changed: &[&Flip], found: &mut Vec<Option<Counterfactual>>| {
        let Some(last) = changed.last() else { return };
        let outcome = run(&last.facts, rules);
        let Some(keys) = ask.right_keys(&last.facts, &outcome) else { return };
        for (choice, slot) in choices.iter().zip(found.iter_mut()) {
            if slot.is_none() && !right.contains(&choice.key) && keys.contains(&choice.key) {
                let cites = if ask.is_set_of_provisions() || ask.is_set_of_actions() {
                    choice.cites.clone()
                } else {
                    ask.topic_cites(&outcome)
                };
                let changes = changed
                    .iter()
                    .map(|f| FactChange { actual: f.actual.clone(), changed: f.changed.clone() })
                    .collect();
                *slot = Some(Counterfactual { changes, cites });
            }
        }
    };
    if !pending(&found) {
        return found;
    }
    let singles = flips(facts);
    for flip in &singles {
        try_changes(&[flip], &mut found);
        if !pending(&found) {
            return found;
        }
    }
    for (index, first) in singles.iter().enumerate() {
        for second in flips(&first.facts) {
            // The same fact changed again (back, or to a third value), or a pair already tried the other way round.
            let same_fact = second.actual == first.changed || second.facts == *facts;
            let tried = singles[..index].iter().any(|s| s.actual == second.actual && s.changed == second.changed);
            if same_fact || tried {
                continue;
            }
            try_changes(&[first, &second], &mut found);
            if !pending(&found) {
                return found;
            }
        }
    }
    found
}
