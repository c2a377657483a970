//! The type-specific facts of each R1 Art. 5 ground as generic select fields: a label, the choices, the selection.

use crate::rules::r1::{
    CompensationStatus, CourtInstance, GroundEvent, JudgmentOutcome, ReconsiderationOutcome, ReviewOutcome,
    SupervisionChannel, WrongCaseGround,
};

/// One fact of a reported ground, shown as a select box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventField {
    /// What is asked, in Chinese.
    pub label: &'static str,
    /// The choices' Chinese labels, in the enum's display order.
    pub choices: Vec<&'static str>,
    /// The index of the current choice in `choices`.
    pub selected: usize,
}

/// A newly reported ground of this kind, every fact at its default (not yet concluded, where there is such a choice).
pub fn blank_event(ground: WrongCaseGround) -> GroundEvent {
    match ground {
        WrongCaseGround::SupervisionFinding => {
            GroundEvent::SupervisionFinding { channel: Default::default(), outcome: Default::default() }
        }
        WrongCaseGround::MajorPenaltyReview => GroundEvent::MajorPenaltyReview { outcome: Default::default() },
        WrongCaseGround::Reconsideration => GroundEvent::Reconsideration { outcome: Default::default() },
        WrongCaseGround::CourtJudgment => {
            GroundEvent::CourtJudgment { instance: Default::default(), outcome: Default::default() }
        }
        WrongCaseGround::StateCompensation => GroundEvent::StateCompensation { status: Default::default() },
        WrongCaseGround::SuperiorInvestigation => GroundEvent::SuperiorInvestigation { outcome: Default::default() },
    }
}

/// A select field over `all`, with `value` selected.
fn field<T: Copy + PartialEq>(label: &'static str, all: &[T], value: T, name: fn(T) -> &'static str) -> EventField {
    EventField {
        label,
        choices: all.iter().map(|&v| name(v)).collect(),
        selected: all.iter().position(|&v| v == value).unwrap_or_default(),
    }
}

/// Sets `value` to choice `index` of `all`; an index out of range changes nothing.
fn pick<T: Copy>(value: &mut T, all: &[T], index: usize) {
    if let Some(&chosen) = all.get(index) {
        *value = chosen;
    }
}

/// The facts that decide whether the reported event is its Art. 5 ground, in the order the UI asks them.
pub fn event_fields(event: &GroundEvent) -> Vec<EventField> {
    match *event {
        GroundEvent::SupervisionFinding { channel, outcome } => vec![
            field("发现途径", &SupervisionChannel::ALL, channel, SupervisionChannel::label),
            field("监督结论", &ReviewOutcome::ALL, outcome, ReviewOutcome::label),
        ],
        GroundEvent::MajorPenaltyReview { outcome } => {
            vec![field("上级部门审查结论", &ReviewOutcome::ALL, outcome, ReviewOutcome::label)]
        }
        GroundEvent::Reconsideration { outcome } => {
            vec![field("复议决定", &ReconsiderationOutcome::ALL, outcome, ReconsiderationOutcome::label)]
        }
        GroundEvent::CourtJudgment { instance, outcome } => vec![
            field("审级及是否生效", &CourtInstance::ALL, instance, CourtInstance::label),
            field("判决结果", &JudgmentOutcome::ALL, outcome, JudgmentOutcome::label),
        ],
        GroundEvent::StateCompensation { status } => {
            vec![field("赔偿情况", &CompensationStatus::ALL, status, CompensationStatus::label)]
        }
        GroundEvent::SuperiorInvestigation { outcome } => {
            vec![field("上级行政执法机关调查结论", &ReviewOutcome::ALL, outcome, ReviewOutcome::label)]
        }
    }
}

/// Sets fact `field` (an index into [`event_fields`]) to choice `choice`. Indices out of range change nothing.
pub fn set_event_field(event: &mut GroundEvent, field: usize, choice: usize) {
    match (event, field) {
        (GroundEvent::SupervisionFinding { channel, .. }, 0) => pick(channel, &SupervisionChannel::ALL, choice),
        (GroundEvent::SupervisionFinding { outcome, .. }, 1)
        | (GroundEvent::MajorPenaltyReview { outcome }, 0)
        | (GroundEvent::SuperiorInvestigation { outcome }, 0) => pick(outcome, &ReviewOutcome::ALL, choice),
        (GroundEvent::Reconsideration { outcome }, 0) => pick(outcome, &ReconsiderationOutcome::ALL, choice),
        (GroundEvent::CourtJudgment { instance, .. }, 0) => pick(instance, &CourtInstance::ALL, choice),
        (GroundEvent::CourtJudgment { outcome, .. }, 1) => pick(outcome, &JudgmentOutcome::ALL, choice),
        (GroundEvent::StateCompensation { status }, 0) => pick(status, &CompensationStatus::ALL, choice),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_event_is_of_its_ground() {
        for ground in WrongCaseGround::ALL {
            assert_eq!(blank_event(ground).ground(), ground);
        }
        assert_eq!(
            blank_event(WrongCaseGround::Reconsideration),
            GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Pending }
        );
    }

    #[test]
    fn every_choice_of_every_field_can_be_set_and_read_back() {
        let mut combinations = 0;
        for ground in WrongCaseGround::ALL {
            let fields = event_fields(&blank_event(ground));
            assert!(!fields.is_empty(), "{ground:?}");
            for (index, blank) in fields.iter().enumerate() {
                assert!(!blank.label.is_empty());
                for choice in 0..blank.choices.len() {
                    let mut event = blank_event(ground);
                    set_event_field(&mut event, index, choice);
                    assert_eq!(event.ground(), ground);
                    let after = event_fields(&event);
                    assert_eq!(after[index].selected, choice, "{ground:?} field {index}");
                    for (other, field) in after.iter().enumerate().filter(|(other, _)| *other != index) {
                        assert_eq!(field.selected, fields[other].selected, "other fields untouched");
                    }
                    combinations += 1;
                }
            }
        }
        // 3+3, 3, 6, 3+6, 3, 3 choices.
        assert_eq!(combinations, 30);
    }

    #[test]
    fn indices_out_of_range_change_nothing() {
        for ground in WrongCaseGround::ALL {
            let mut event = blank_event(ground);
            set_event_field(&mut event, 0, 99);
            set_event_field(&mut event, 7, 0);
            assert_eq!(event, blank_event(ground));
        }
    }

    #[test]
    fn field_choices_are_the_enum_labels() {
        let event = GroundEvent::CourtJudgment {
            instance: CourtInstance::FinalInstance,
            outcome: JudgmentOutcome::OrderedToRedo,
        };
        let fields = event_fields(&event);
        assert_eq!(fields[0].choices[fields[0].selected], CourtInstance::FinalInstance.label());
        assert_eq!(fields[1].choices[fields[1].selected], JudgmentOutcome::OrderedToRedo.label());
    }
}
