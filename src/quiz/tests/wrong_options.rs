//! Feedback on wrong options: each names the smallest change of the scenario's facts under which the engine would
//! give that option, and the tests re-run the engine on that change to check it.

use super::*;
use crate::quiz::flips::flips;

/// The facts with these changes applied, each looked up by its words among the facts' own one-fact variations.
fn apply(facts: &Case, changes: &[FactChange]) -> Option<Case> {
    let mut facts = facts.clone();
    for change in changes {
        let flip = flips(&facts).into_iter().find(|f| f.actual == change.actual && f.changed == change.changed)?;
        facts = flip.facts;
    }
    Some(facts)
}

/// Whether the engine gives this option on these facts.
fn engine_gives(question: &Question, facts: &Case, key: &str) -> bool {
    let outcome = run(facts, &question.rules);
    question.ask.right_keys(facts, &outcome).is_some_and(|keys| keys.iter().any(|k| k == key))
}

/// Whether a wrong option's note without a change of facts gives one of the engine's steps on these facts, or the
/// text of the option's own provision.
fn from_the_engine_or_the_text(question: &Question, option: &OptionFeedback) -> bool {
    let steps = question.outcome().steps(question.ask.officer());
    let quoted = option.note.split_once('“').and_then(|(_, rest)| rest.split_once('”')).map(|(quoted, _)| quoted);
    let choice = question.choices.iter().find(|c| c.key == option.key);
    let provision = choice.into_iter().flat_map(|c| &c.cites).filter_map(|c| crate::law::quote(*c));
    steps.iter().any(|step| option.note.contains(&step.text))
        || provision.into_iter().any(|text| quoted.is_some_and(|q| text.contains(q)))
}

#[test]
fn every_wrong_option_names_a_change_of_facts_that_the_engine_confirms() {
    let mut problems = Vec::new();
    let (mut wrong_options, mut explained, mut pairs) = (0, 0, 0);
    for question in bank_questions() {
        let id = &question.id;
        let feedback = question.solution();
        let wrong: Vec<&OptionFeedback> = feedback.options.iter().filter(|o| !o.right).collect();
        let mut notes: Vec<&str> = wrong.iter().map(|o| o.note.as_str()).collect();
        notes.sort_unstable();
        notes.dedup();
        if notes.len() != wrong.len() {
            problems.push(format!("{id}: two wrong options share a note"));
        }
        for option in wrong {
            wrong_options += 1;
            let (key, note) = (&option.key, &option.note);
            if option.changes.is_empty() {
                if flips(&question.facts).iter().any(|f| engine_gives(&question, &f.facts, key)) {
                    problems.push(format!("{id} {key}: no change named where one would do: {note}"));
                }
                if !from_the_engine_or_the_text(&question, option) {
                    problems.push(format!("{id} {key}: neither the engine's reasons nor the provision: {note}"));
                }
                continue;
            }
            explained += 1;
            if option.changes.len() > 2 {
                problems.push(format!("{id} {key}: {} changes", option.changes.len()));
            }
            if option.changes.iter().any(|c| !note.contains(&c.actual) || !note.contains(&c.changed)) {
                problems.push(format!("{id} {key}: the note does not name its change: {note}"));
            }
            match apply(&question.facts, &option.changes) {
                Some(changed) if engine_gives(&question, &changed, key) => {}
                Some(_) => problems.push(format!("{id} {key}: the engine does not give it under {note}")),
                None => problems.push(format!("{id} {key}: the change is not one of the facts': {note}")),
            }
            if option.changes.len() == 2 {
                pairs += 1;
                if flips(&question.facts).iter().any(|f| engine_gives(&question, &f.facts, key)) {
                    problems.push(format!("{id} {key}: two changes named where one would do"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("{wrong_options} wrong options, {explained} explained by a change, {pairs} by two");
    assert!(explained * 4 >= wrong_options * 3, "{explained} of {wrong_options} wrong options explained by a change");
    assert!(pairs > 0, "no wrong option needs two changes");
}
