//! Property tests: every input, under every reading, gives a total, deterministic, fully cited answer.

use proptest::prelude::*;
use proptest::sample::select;

use super::super::*;
use crate::law::{Cite, quote};

fn any_facts() -> impl Strategy<Value = InterferenceFacts> {
    (
        select(PersonCategory::ALL.to_vec()),
        select(ContactMethod::ALL.to_vec()),
        proptest::collection::vec(select(Conduct::ALL.to_vec()), 0..5),
        proptest::array::uniform7(any::<bool>()),
    )
        .prop_map(|(category, method, conduct, flags)| InterferenceFacts {
            category,
            is_bureau_leader: flags[0],
            department_supervises_case: flags[1],
            within_authority: flags[2],
            conduct,
            method,
            for_official_duty: flags[3],
            through_procedure: flags[4],
            on_behalf_of_party: flags[5],
            recorded_by_handler: flags[6],
            unknown: Vec::new(),
        })
}

/// Any reading of R2 the bureau may choose.
pub(super) fn any_reading() -> impl Strategy<Value = Interpretation> {
    proptest::array::uniform5(any::<bool>()).prop_map(|flags| Interpretation {
        outside_officials_are_internal: flags[0],
        unrecorded_oral_is_interference: flags[1],
        repeat_includes_second_finding: flags[2],
        instructed_handler_also_liable: flags[3],
        oral_guidance_needs_procedure: flags[4],
    })
}

fn any_occasion() -> impl Strategy<Value = Occasion> {
    select(vec![Occasion::OwnRecord, Occasion::Described])
}

/// The bureau's own staff in post and its retirees: the people its 通报 and referrals can reach.
fn under_personnel_authority(category: PersonCategory) -> bool {
    matches!(category, PersonCategory::CurrentStaff | PersonCategory::ContractStaff | PersonCategory::Retired)
}

fn all_quote(cites: &[Cite]) -> bool {
    cites.iter().all(|&cite| quote(cite).is_some())
}

proptest! {
    #[test]
    fn assessment_is_total_deterministic_and_fully_cited(facts in any_facts(), reading in any_reading()) {
        let first = assess_with(&facts, &reading);
        prop_assert_eq!(&first, &assess_with(&facts, &reading));
        prop_assert!(!first.explanation.steps.is_empty());
        prop_assert!(first.explanation.steps.iter().all(|s| !s.text.trim().is_empty()));
        prop_assert!(all_quote(&first.rests_on()), "{:?}", first.rests_on());
        prop_assert!(all_quote(&first.explanation.cites()), "{:?}", first.explanation.cites());
        prop_assert!(first.actions.iter().all(|a| !a.cites.is_empty() && all_quote(&a.cites)));
        prop_assert_eq!(first.actions.first().map(|a| a.kind), Some(ActionKind::Record));
        prop_assert!(first.actions.first().is_some_and(|a| a.cites.contains(&cites::R2_3)));
    }

    #[test]
    fn verdicts_are_well_formed(facts in any_facts(), reading in any_reading(), occasion in any_occasion()) {
        let assessment = assess_with(&facts, Basis { reading: &reading, occasion });
        let kinds: Vec<ActionKind> = assessment.actions.iter().map(|a| a.kind).collect();
        let bureau_sanctions = [ActionKind::Notify, ActionKind::ReferToDiscipline, ActionKind::ReferForProsecution];
        if !under_personnel_authority(facts.category) {
            prop_assert!(bureau_sanctions.iter().all(|k| !kinds.contains(k)), "{:?}: {:?}", facts.category, kinds);
        }
        match &assessment.verdict {
            Verdict::Undetermined { .. } => prop_assert!(false, "every fact is answered: {:?}", facts),
            Verdict::Prohibited { items } => {
                prop_assert!(!items.is_empty());
                prop_assert!(items.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats: {:?}", items);
                prop_assert!(assessment.internal_personnel);
                prop_assert!(kinds.contains(&ActionKind::Refuse) && kinds.contains(&ActionKind::Report));
                if under_personnel_authority(facts.category) {
                    for kind in bureau_sanctions {
                        prop_assert!(kinds.contains(&kind), "{:?} missing", kind);
                    }
                }
            }
            Verdict::ForDetermination { doubts } => {
                prop_assert!(!doubts.is_empty());
                prop_assert!(doubts.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(kinds.contains(&ActionKind::Report));
                prop_assert!(!kinds.contains(&ActionKind::Refuse));
                prop_assert!(bureau_sanctions.iter().all(|k| !kinds.contains(k)));
            }
            Verdict::Legitimate { grounds } | Verdict::AwaitingRecord { grounds } => {
                prop_assert!(!grounds.is_empty());
                prop_assert!(grounds.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(!kinds.contains(&ActionKind::Refuse) && !kinds.contains(&ActionKind::Notify));
            }
            Verdict::OtherAgencyWithoutProcedure => {
                prop_assert!(kinds.contains(&ActionKind::FollowProcedure));
            }
            Verdict::OutsideScope => prop_assert!(!assessment.internal_personnel),
            Verdict::NoConductGiven => prop_assert!(facts.conduct.is_empty()),
        }
        if facts.category == PersonCategory::Outsider {
            prop_assert_eq!(&assessment.verdict, &Verdict::OutsideScope);
        }
    }

    #[test]
    fn on_the_officers_own_record_article_13_is_never_threatened(facts in any_facts(), reading in any_reading()) {
        let own = assess_with(&facts, &reading);
        prop_assert!(own.actions.iter().all(|a| a.kind != ActionKind::Record || !a.cites.contains(&cites::R2_13)));
        prop_assert!(own.explanation.steps.iter().all(|s| !s.text.contains("记录是办案人员自己的义务")));
        let described = assess_with(&facts, Basis { reading: &reading, occasion: Occasion::Described });
        prop_assert_eq!(&own.verdict, &described.verdict);
    }

    #[test]
    fn the_form_alone_never_makes_a_contact_prohibited(facts in any_facts(), procedure in any::<bool>()) {
        let reading = Interpretation { oral_guidance_needs_procedure: procedure, ..Interpretation::default() };
        let written = assess_with(&InterferenceFacts { method: ContactMethod::Written, ..facts.clone() }, &reading);
        if !matches!(written.verdict, Verdict::Prohibited { .. }) {
            let other = assess_with(&facts, &reading);
            prop_assert!(!matches!(other.verdict, Verdict::Prohibited { .. }), "{:?}", other.verdict);
        }
    }

    #[test]
    fn order_and_repeats_of_conduct_do_not_matter(facts in any_facts(), reading in any_reading()) {
        let mut shuffled = facts.clone();
        shuffled.conduct.reverse();
        shuffled.conduct.extend(facts.conduct.iter().copied());
        prop_assert_eq!(assess_with(&facts, &reading), assess_with(&shuffled, &reading));
    }

    #[test]
    fn recording_under_the_default_reading_never_makes_a_contact_worse(facts in any_facts()) {
        let unrecorded = assess(&InterferenceFacts { recorded_by_handler: false, ..facts.clone() });
        let recorded = assess(&InterferenceFacts { recorded_by_handler: true, ..facts });
        if let Verdict::Prohibited { items } = &recorded.verdict {
            prop_assert_eq!(&unrecorded.verdict, &Verdict::Prohibited { items: items.clone() });
        }
        if let Verdict::AwaitingRecord { grounds } = &unrecorded.verdict {
            prop_assert_eq!(&recorded.verdict, &Verdict::Legitimate { grounds: grounds.clone() });
        }
    }

    #[test]
    fn non_recording_is_total_and_cited(
        prior in any::<u32>(),
        instructed in any::<bool>(),
        truthful_failure in any::<bool>(),
        reading in any_reading(),
    ) {
        let failure = if truthful_failure { RecordingFailure::NotTruthful } else { RecordingFailure::NotRecorded };
        let facts = NonRecordingFacts { failure, prior_findings: prior, supervisor_instructed: instructed };
        let outcome = non_recording_with(&facts, &reading);
        prop_assert_eq!(&outcome, &non_recording_with(&facts, &reading));
        prop_assert!(!outcome.explanation.steps.is_empty());
        prop_assert!(all_quote(&outcome.cites()));
        prop_assert_eq!(outcome.supervisor_liable, instructed);
        prop_assert!(outcome.handler_sanction.is_some() || (instructed && !reading.instructed_handler_also_liable));
        let repeat_from = if reading.repeat_includes_second_finding { 1 } else { 2 };
        if outcome.handler_sanction.is_some() {
            let expected = if prior >= repeat_from {
                HandlerSanction::DisciplinaryReferral
            } else {
                HandlerSanction::WarningAndCriticism
            };
            prop_assert_eq!(outcome.handler_sanction, Some(expected));
        }
    }

    #[test]
    fn retaliation_is_total_and_cited(
        measure in select(MeasureAgainstRecorder::ALL.to_vec()),
        flags in proptest::array::uniform3(any::<bool>()),
    ) {
        let facts = RetaliationFacts {
            measure,
            legal_ground: flags[0],
            legal_procedure: flags[1],
            because_of_truthful_record: flags[2],
        };
        let outcome = retaliation(&facts);
        prop_assert_eq!(&outcome, &retaliation(&facts));
        prop_assert!(!outcome.explanation.steps.is_empty());
        prop_assert!(all_quote(&outcome.cites()));
        prop_assert!(outcome.cites().contains(&cites::R2_9));
        prop_assert!(outcome.cites().contains(&cites::R2_12));
        prop_assert_eq!(outcome.verdict == RetaliationVerdict::Retaliation, facts.because_of_truthful_record);
    }

    #[test]
    fn completeness_names_exactly_the_blank_elements(
        blank in proptest::array::uniform5(any::<bool>()),
        padding in "[ \t\u{3000}]{0,2}",
        word in "[a-z时地人]{1,3}",
    ) {
        let text = |is_blank: bool| if is_blank { padding.clone() } else { format!("{padding}{word}{padding}") };
        let record = RecordElements {
            time: text(blank[0]),
            place: text(blank[1]),
            person: text(blank[2]),
            method: text(blank[3]),
            content: text(blank[4]),
        };
        let result = completeness(&record);
        let expected: Vec<RecordElement> =
            RecordElement::ALL.into_iter().zip(blank).filter(|(_, is_blank)| *is_blank).map(|(e, _)| e).collect();
        prop_assert_eq!(&result.missing, &expected);
        prop_assert_eq!(result.is_complete(), !blank.contains(&true));
        prop_assert_eq!(result.cites(), vec![cites::R2_3]);
    }
}
