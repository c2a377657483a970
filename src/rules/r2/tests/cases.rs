//! Table-driven cases: for each R2 provision the engine implements, cases where it applies and near misses where
//! it must not, each tagged with the citation id it exercises and checked against the full expected outcome.
//!
//! What "applies" means for each provision (see [`applies`]):
//! - R2-2: the person is internal personnel.
//! - R2-3: for a contact, the Art. 3 report duty arises; for a record, the record has all five Art. 3 elements.
//! - R2-4: the contact goes to 法治科 for determination: the text neither names it in Art. 10 nor clears it.
//! - R2-5: the contact is prohibited, and the engine holds it against the Art. 5 duty of the bureau's own
//!   enforcement staff (its reasoning cites Art. 5).
//! - R2-6: the handler must refuse, or tell the person to follow procedure.
//! - R2-7, R2-8, R2-14-1, R2-14-2: the contact is legitimate on that provision; R2-14: on either of its items.
//! - R2-10: the bureau notifies (通报) the person under Art. 10, which it can only within its 人事管理权限.
//! - R2-10-1 … R2-10-7: the contact is prohibited under that item.
//! - R2-11: the contact is referred to 纪检 (or prosecution) under Art. 11.
//! - R2-13: the handler faces Art. 13 consequences (flagged on a contact described outside a record, imposed on a
//!   finding; never flagged on the officer's own record, which is the recording).
//! - R2-9: the measure against the recorder is barred by Art. 9; R2-12: it is retaliation under Art. 12.
//!
//! The provisions the table must cover are read from the law ([`required_cites`]): every article of R2 and every
//! item, except the two that decide nothing ([`NOT_OPERATIVE`]).

use super::super::*;
use crate::law::{Cite, R2};
use crate::rules::{self, Case, Outcome, Readings};

use Conduct::*;
use ContactMethod::*;
use PersonCategory::*;

/// What a row feeds the engine: a [`Case`] through the one door ([`rules::run`]), or a record checked for its
/// Art. 3 elements ([`completeness`], which is not a case the engine decides).
enum Input {
    Engine(Case),
    Record(RecordElements),
}

/// A contact on the officer's own record ([`Occasion::OwnRecord`]).
fn own(facts: InterferenceFacts) -> Input {
    Input::Engine(Case::own_record(facts))
}

/// A contact described outside a record ([`Occasion::Described`]).
fn described(facts: InterferenceFacts) -> Input {
    Input::Engine(Case::described(facts))
}

/// What the engine must answer, in full.
#[derive(Debug, PartialEq)]
enum Expected {
    Verdict(Verdict),
    Missing(Vec<RecordElement>),
    Sanction { handler: Option<HandlerSanction>, supervisor_liable: bool },
    Retaliation(RetaliationVerdict),
}

/// What the engine answered.
enum Answered {
    Engine(Outcome),
    Record(Completeness),
}

/// One row of the table.
struct Row {
    name: &'static str,
    exercises: &'static str,
    applies: bool,
    input: Input,
    expected: Expected,
}

fn applying(name: &'static str, exercises: &'static str, input: Input, expected: Expected) -> Row {
    Row { name, exercises, applies: true, input, expected }
}

fn near_miss(name: &'static str, exercises: &'static str, input: Input, expected: Expected) -> Row {
    Row { name, exercises, applies: false, input, expected }
}

/// Runs a row under the default readings.
fn answered(input: &Input) -> Answered {
    match input {
        Input::Engine(case) => Answered::Engine(rules::run(case, &Readings::default())),
        Input::Record(elements) => Answered::Record(completeness(elements)),
    }
}

fn answer(answered: &Answered) -> Expected {
    match answered {
        Answered::Engine(Outcome::Contact(a)) => Expected::Verdict(a.verdict.clone()),
        Answered::Record(c) => Expected::Missing(c.missing.clone()),
        Answered::Engine(Outcome::NonRecording(n)) => {
            Expected::Sanction { handler: n.handler_sanction, supervisor_liable: n.supervisor_liable }
        }
        Answered::Engine(Outcome::Retaliation(r)) => Expected::Retaliation(r.verdict),
        Answered::Engine(Outcome::WrongCase(_)) => unreachable!("the R2 table holds no R1 case"),
    }
}

fn has_action(a: &Assessment, kind: ActionKind, cite: Cite) -> bool {
    a.actions.iter().any(|action| action.kind == kind && action.cites.contains(&cite))
}

/// Whether the provision `id` applies in this outcome (see the module documentation).
fn applies(id: &str, answered: &Answered) -> bool {
    let cite: Cite = id.parse().expect("case ids are valid cites");
    match answered {
        Answered::Engine(Outcome::Contact(a)) => match id {
            "R2-2" => a.internal_personnel,
            "R2-3" => has_action(a, ActionKind::Report, cite),
            "R2-4" => matches!(a.verdict, Verdict::ForDetermination { .. }),
            "R2-5" => {
                matches!(a.verdict, Verdict::Prohibited { .. })
                    && a.explanation.steps.iter().any(|step| step.cites.contains(&cite))
            }
            "R2-10" => has_action(a, ActionKind::Notify, cite),
            "R2-6" => has_action(a, ActionKind::Refuse, cite) || has_action(a, ActionKind::FollowProcedure, cite),
            "R2-11" => has_action(a, ActionKind::ReferToDiscipline, cite),
            "R2-13" => has_action(a, ActionKind::Record, cite),
            "R2-14" => match &a.verdict {
                Verdict::Legitimate { grounds } => grounds.iter().any(|g| g.cite().whole_article() == cite),
                _ => false,
            },
            _ => match &a.verdict {
                Verdict::Prohibited { items } => items.iter().any(|i| i.cite() == cite),
                Verdict::Legitimate { grounds } => grounds.iter().any(|g| g.cite() == cite),
                _ => false,
            },
        },
        Answered::Record(c) => id == "R2-3" && c.is_complete(),
        Answered::Engine(Outcome::NonRecording(n)) => {
            id == "R2-13" && (n.handler_sanction.is_some() || n.supervisor_liable)
        }
        Answered::Engine(Outcome::Retaliation(r)) => match id {
            "R2-9" => r.verdict != RetaliationVerdict::NoViolation,
            "R2-12" => r.verdict == RetaliationVerdict::Retaliation,
            _ => false,
        },
        Answered::Engine(Outcome::WrongCase(_)) => false,
    }
}

/// A contact by `category` doing `conduct`, in person, with every other answer "no".
fn contact(category: PersonCategory, conduct: &[Conduct]) -> InterferenceFacts {
    InterferenceFacts { category, conduct: conduct.to_vec(), method: InPerson, ..InterferenceFacts::default() }
}

/// The same contact, for a duty, within authority and through procedure.
fn on_duty(facts: InterferenceFacts) -> InterferenceFacts {
    InterferenceFacts { for_official_duty: true, within_authority: true, through_procedure: true, ..facts }
}

fn leader(facts: InterferenceFacts) -> InterferenceFacts {
    InterferenceFacts { is_bureau_leader: true, ..facts }
}

fn supervising(facts: InterferenceFacts) -> InterferenceFacts {
    InterferenceFacts { department_supervises_case: true, ..facts }
}

fn by(method: ContactMethod, facts: InterferenceFacts) -> InterferenceFacts {
    InterferenceFacts { method, ..facts }
}

fn recorded(facts: InterferenceFacts) -> InterferenceFacts {
    InterferenceFacts { recorded_by_handler: true, ..facts }
}

fn for_party(facts: InterferenceFacts) -> InterferenceFacts {
    InterferenceFacts { on_behalf_of_party: true, ..facts }
}

fn prohibited(items: &[Article10Item]) -> Expected {
    Expected::Verdict(Verdict::Prohibited { items: items.to_vec() })
}

fn legitimate(grounds: &[LegitimateGround]) -> Expected {
    Expected::Verdict(Verdict::Legitimate { grounds: grounds.to_vec() })
}

fn for_determination(doubts: &[Doubt]) -> Expected {
    Expected::Verdict(Verdict::ForDetermination { doubts: doubts.to_vec() })
}

fn awaiting_record(grounds: &[LegitimateGround]) -> Expected {
    Expected::Verdict(Verdict::AwaitingRecord { grounds: grounds.to_vec() })
}

fn verdict(verdict: Verdict) -> Expected {
    Expected::Verdict(verdict)
}

fn elements(time: &str, place: &str, person: &str, method: &str, content: &str) -> RecordElements {
    RecordElements {
        time: time.into(),
        place: place.into(),
        person: person.into(),
        method: method.into(),
        content: content.into(),
    }
}

fn finding(prior_findings: u32, supervisor_instructed: bool) -> Input {
    Input::Engine(Case::NonRecording(NonRecordingFacts {
        failure: RecordingFailure::NotRecorded,
        prior_findings,
        supervisor_instructed,
    }))
}

fn measure(measure: MeasureAgainstRecorder, ground: bool, procedure: bool, because: bool) -> Input {
    Input::Engine(Case::Retaliation(RetaliationFacts {
        measure,
        legal_ground: ground,
        legal_procedure: procedure,
        because_of_truthful_record: because,
    }))
}

fn cases() -> Vec<Row> {
    use Article10Item::*;
    use Doubt::*;
    use LegitimateGround::*;
    use MeasureAgainstRecorder::*;
    vec![
        // 第二条: who is internal personnel.
        applying(
            "在编人员为当事人说情",
            "R2-2",
            own(contact(CurrentStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "聘用人员为当事人说情",
            "R2-2",
            own(contact(ContractStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "退休老领导为当事人说情",
            "R2-2",
            own(leader(contact(Retired, &[PleadForParty]))),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "已调离人员打探案情",
            "R2-2",
            own(contact(FormerStaff, &[InquireAboutCase])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "上级机关工作人员说情（按默认口径属内部人员）",
            "R2-2",
            own(contact(SuperiorAgencyStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "当事人的代理律师说情",
            "R2-2",
            own(contact(Outsider, &[PleadForParty])),
            verdict(Verdict::OutsideScope),
        ),
        near_miss(
            "群众递交书面意见",
            "R2-2",
            own(by(Written, contact(Outsider, &[OpinionOnDisposition]))),
            verdict(Verdict::OutsideScope),
        ),
        // 第三条: the report duty on 非法过问, and the five elements of a record.
        applying(
            "聘用人员向当事人通风报信，须报告法治科",
            "R2-3",
            own(contact(ContractStaff, &[LeakInformation])),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "局领导依程序书面指导，无须报告",
            "R2-3",
            own(by(Written, on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance]))))),
            legitimate(&[GuidanceInWriting]),
        ),
        near_miss(
            "律师电话了解进度，不属内部人员非法过问",
            "R2-3",
            own(by(Phone, contact(Outsider, &[InquireAboutCase]))),
            verdict(Verdict::OutsideScope),
        ),
        applying(
            "五要素齐备的记录",
            "R2-3",
            Input::Record(elements("2020年8月1日上午", "执法队办公室", "张某（退休干部）", "当面", "为当事人说情")),
            Expected::Missing(vec![]),
        ),
        near_miss(
            "地点只填了空格的记录",
            "R2-3",
            Input::Record(elements("2020年8月1日上午", "  ", "张某", "电话", "询问案件进展")),
            Expected::Missing(vec![RecordElement::Place]),
        ),
        // 第五条: the bureau's own enforcement staff must not interfere.
        applying(
            "在岗科员为当事人打招呼",
            "R2-5",
            own(contact(CurrentStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "聘用人员要求办案人员从轻处理",
            "R2-5",
            own(contact(ContractStaff, &[InstructCaseDecision])),
            prohibited(&[InstructionBeyondAuthority]),
        ),
        near_miss(
            "退休人员为当事人打招呼（不在岗，第五条不约束）",
            "R2-5",
            own(contact(Retired, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "在岗科员因工作需要依程序了解进度并已记录",
            "R2-5",
            own(by(Phone, recorded(on_duty(contact(CurrentStaff, &[InquireAboutCase]))))),
            legitimate(&[RecordedWorkInquiry]),
        ),
        // 第六条: refuse, or tell them to follow procedure.
        applying(
            "退休人员说情，应予拒绝",
            "R2-6",
            own(contact(Retired, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "其他执法机关未依程序了解案情，告知依程序办理",
            "R2-6",
            own(by(
                Phone,
                InterferenceFacts { for_official_duty: true, ..contact(OtherAgencyStaff, &[InquireAboutCase]) },
            )),
            verdict(Verdict::OtherAgencyWithoutProcedure),
        ),
        near_miss(
            "同事因工作需要依程序口头了解并已记录",
            "R2-6",
            own(recorded(on_duty(contact(CurrentStaff, &[InquireAboutCase])))),
            legitimate(&[RecordedWorkInquiry]),
        ),
        // 第七条: guidance by leaders and superior agencies.
        applying(
            "局领导依程序书面提出指导性意见",
            "R2-7",
            own(by(Written, on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance]))))),
            legitimate(&[GuidanceInWriting]),
        ),
        applying(
            "上级机关工作人员口头提出处理意见，已记录在案",
            "R2-7",
            own(recorded(by(Phone, on_duty(contact(SuperiorAgencyStaff, &[OpinionOnDisposition]))))),
            legitimate(&[OralGuidanceRecorded]),
        ),
        near_miss(
            "局领导口头指导，办案人员未记录",
            "R2-7",
            own(on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance])))),
            awaiting_record(&[OralGuidanceRecorded]),
        ),
        near_miss(
            "局领导书面指示超越职权",
            "R2-7",
            own(by(
                Written,
                InterferenceFacts {
                    within_authority: false,
                    ..on_duty(leader(contact(CurrentStaff, &[InstructCaseDecision])))
                },
            )),
            prohibited(&[InstructionBeyondAuthority]),
        ),
        applying(
            "分管局领导电话指导、未走程序，已由办案人员记录在案",
            "R2-7",
            own(recorded(by(
                Phone,
                InterferenceFacts {
                    through_procedure: false,
                    ..on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance])))
                },
            ))),
            legitimate(&[OralGuidanceRecorded]),
        ),
        near_miss(
            "局领导书面指导但未依程序",
            "R2-7",
            own(by(
                Written,
                InterferenceFacts {
                    through_procedure: false,
                    ..on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance])))
                },
            )),
            for_determination(&[IrregularForm]),
        ),
        near_miss(
            "退休老领导写信指导办案",
            "R2-7",
            own(by(Written, on_duty(leader(contact(Retired, &[SupervisoryGuidance]))))),
            prohibited(&[OtherInterference]),
        ),
        // 第八条: other enforcement agencies.
        applying(
            "公安机关因办案需要依程序了解案情",
            "R2-8",
            own(by(Written, on_duty(contact(OtherAgencyStaff, &[InquireAboutCase])))),
            legitimate(&[OtherAgencyThroughProcedure]),
        ),
        applying(
            "其他执法机关依程序移送涉案材料",
            "R2-8",
            own(by(Written, on_duty(contact(OtherAgencyStaff, &[ForwardCaseMaterials])))),
            legitimate(&[OtherAgencyThroughProcedure]),
        ),
        near_miss(
            "其他执法机关电话了解案情，未依程序",
            "R2-8",
            own(by(
                Phone,
                InterferenceFacts { for_official_duty: true, ..contact(OtherAgencyStaff, &[InquireAboutCase]) },
            )),
            verdict(Verdict::OtherAgencyWithoutProcedure),
        ),
        near_miss(
            "其他执法机关人员非因职责打探案情",
            "R2-8",
            own(contact(OtherAgencyStaff, &[InquireAboutCase])),
            prohibited(&[PleadingOrPrying]),
        ),
        // 第十条第（一）项
        applying(
            "科员要求撤销案件",
            "R2-10-1",
            own(contact(CurrentStaff, &[InstructCaseDecision])),
            prohibited(&[InstructionBeyondAuthority]),
        ),
        near_miss(
            "局领导在职权内依程序书面作出立案指示",
            "R2-10-1",
            own(by(Written, on_duty(leader(contact(CurrentStaff, &[InstructCaseDecision]))))),
            legitimate(&[GuidanceInWriting]),
        ),
        // 第十条第（二）项
        applying(
            "信访办经办人绕开转办程序私下转交信访件",
            "R2-10-2",
            own(by(
                Written,
                InterferenceFacts {
                    through_procedure: false,
                    ..on_duty(contact(CurrentStaff, &[ForwardCaseMaterials]))
                },
            )),
            prohibited(&[PrivateOpinionOrMaterials]),
        ),
        applying(
            "无监督职能的科室超出职权出具书面处理意见",
            "R2-10-2",
            own(by(
                Written,
                InterferenceFacts {
                    within_authority: false,
                    ..on_duty(contact(CurrentStaff, &[OpinionOnDisposition]))
                },
            )),
            prohibited(&[PrivateOpinionOrMaterials]),
        ),
        applying(
            "无职权人员私自批转涉案材料",
            "R2-10-2",
            own(contact(ContractStaff, &[ForwardCaseMaterials])),
            prohibited(&[PrivateOpinionOrMaterials]),
        ),
        near_miss(
            "监督科室依法书面提出处理意见",
            "R2-10-2",
            own(by(Written, on_duty(supervising(contact(CurrentStaff, &[OpinionOnDisposition]))))),
            legitimate(&[SupervisoryOpinionInWriting]),
        ),
        near_miss(
            "信访办依职权按转办程序书面转交信访件，既非超越职权也非私自",
            "R2-10-2",
            own(by(Written, on_duty(contact(CurrentStaff, &[ForwardCaseMaterials])))),
            for_determination(&[NotListed]),
        ),
        near_miss(
            "为当事人转递材料属第（六）项而非第（二）项",
            "R2-10-2",
            own(for_party(contact(ContractStaff, &[ForwardCaseMaterials]))),
            prohibited(&[ActingForParty]),
        ),
        // 第十条第（三）项
        applying(
            "局领导依程序书面要求违法处置涉案财物",
            "R2-10-3",
            own(by(Written, on_duty(leader(contact(CurrentStaff, &[DemandEvidenceOrPropertyHandling]))))),
            prohibited(&[UnlawfulEvidenceOrProperty]),
        ),
        near_miss(
            "局领导依程序书面督办",
            "R2-10-3",
            own(by(Written, on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance]))))),
            legitimate(&[GuidanceInWriting]),
        ),
        // 第十条第（四）项
        applying(
            "退休人员提出私下会见当事人",
            "R2-10-4",
            own(contact(Retired, &[ProposePrivateMeeting])),
            prohibited(&[PrivateMeeting]),
        ),
        near_miss(
            "退休人员说情但未提会见",
            "R2-10-4",
            own(contact(Retired, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        // 第十条第（五）项
        applying(
            "离退休人员为当事人说情",
            "R2-10-5",
            own(contact(Retired, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "在编人员非因工作打探案情",
            "R2-10-5",
            own(contact(CurrentStaff, &[InquireAboutCase])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "授意近亲属为当事人说情",
            "R2-10-5",
            own(by(Intermediary, contact(CurrentStaff, &[PleadForParty]))),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "受当事人之托打探案情属第（六）项",
            "R2-10-5",
            own(for_party(contact(CurrentStaff, &[InquireAboutCase]))),
            prohibited(&[ActingForParty]),
        ),
        // 第十条第（六）项
        applying(
            "为当事人转递涉案材料",
            "R2-10-6",
            own(for_party(contact(CurrentStaff, &[ForwardCaseMaterials]))),
            prohibited(&[ActingForParty]),
        ),
        applying(
            "为当事人亲属通风报信",
            "R2-10-6",
            own(for_party(contact(FormerStaff, &[LeakInformation]))),
            prohibited(&[ActingForParty]),
        ),
        applying(
            "受当事人之托、通过近亲属打探案情（第五项、第六项同时适用）",
            "R2-10-6",
            own(by(Intermediary, for_party(contact(CurrentStaff, &[InquireAboutCase])))),
            prohibited(&[PleadingOrPrying, ActingForParty]),
        ),
        near_miss(
            "本人主动通风报信属第（五）项",
            "R2-10-6",
            own(contact(CurrentStaff, &[LeakInformation])),
            prohibited(&[PleadingOrPrying]),
        ),
        // 第十条第（七）项
        applying(
            "其他影响公正办案的行为",
            "R2-10-7",
            own(contact(ContractStaff, &[OtherInfluence])),
            prohibited(&[OtherInterference]),
        ),
        applying(
            "局领导非因履行职责、以领导身份过问并指导办案",
            "R2-10-7",
            own(InterferenceFacts {
                for_official_duty: false,
                ..on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance])))
            }),
            prohibited(&[OtherInterference]),
        ),
        near_miss(
            "监督科室一般人员口头指导，形式不合规定而非第（七）项",
            "R2-10-7",
            own(recorded(on_duty(supervising(contact(CurrentStaff, &[SupervisoryGuidance]))))),
            for_determination(&[IrregularForm]),
        ),
        near_miss(
            "监督科室书面指导",
            "R2-10-7",
            own(by(Written, on_duty(supervising(contact(CurrentStaff, &[SupervisoryGuidance]))))),
            legitimate(&[SupervisoryOpinionInWriting]),
        ),
        // 第十一条: referral for discipline or prosecution.
        applying(
            "在编人员要求违法处置财物，移交纪检",
            "R2-11",
            own(contact(CurrentStaff, &[DemandEvidenceOrPropertyHandling])),
            prohibited(&[UnlawfulEvidenceOrProperty]),
        ),
        near_miss(
            "公安民警私下打探案情，本局不移交本局纪检部门",
            "R2-11",
            own(by(Phone, contact(OtherAgencyStaff, &[InquireAboutCase]))),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "监督科室口头纠正意见已记录，报法治科认定而不移交",
            "R2-11",
            own(by(Phone, recorded(on_duty(supervising(contact(ContractStaff, &[SupervisoryGuidance])))))),
            for_determination(&[IrregularForm]),
        ),
        near_miss(
            "依程序了解情况并已记录，不移交",
            "R2-11",
            own(recorded(on_duty(contact(ContractStaff, &[InquireAboutCase])))),
            legitimate(&[RecordedWorkInquiry]),
        ),
        // 第十三条: the handler who does not record.
        applying(
            "第一次不记录",
            "R2-13",
            finding(0, false),
            Expected::Sanction { handler: Some(HandlerSanction::WarningAndCriticism), supervisor_liable: false },
        ),
        applying(
            "第二次不记录属两次以上",
            "R2-13",
            finding(1, false),
            Expected::Sanction { handler: Some(HandlerSanction::DisciplinaryReferral), supervisor_liable: false },
        ),
        applying(
            "主管领导授意不记录",
            "R2-13",
            finding(0, true),
            Expected::Sanction { handler: Some(HandlerSanction::WarningAndCriticism), supervisor_liable: true },
        ),
        applying(
            "培训情景：内部人员说情，办案人员尚未记录，提示第十三条",
            "R2-13",
            described(contact(Retired, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "培训情景：内部人员说情已记录",
            "R2-13",
            described(recorded(contact(Retired, &[PleadForParty]))),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "办案人员本人所作记录中的说情：本记录即是记录，不提示第十三条",
            "R2-13",
            own(contact(Retired, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        // 第四条: 法治科 determines what the text neither names in Art. 10 nor clears (an irregular form, a case R2 does
        // not list); no 通报, no referral.
        applying(
            "监督科室电话提出纠正意见并已记录：形式不合规定",
            "R2-4",
            own(by(Phone, recorded(on_duty(supervising(contact(CurrentStaff, &[OpinionOnDisposition])))))),
            for_determination(&[IrregularForm]),
        ),
        applying(
            "上级机关工作人员书面督办但未依程序",
            "R2-4",
            own(by(
                Written,
                InterferenceFacts {
                    through_procedure: false,
                    ..on_duty(contact(SuperiorAgencyStaff, &[SupervisoryGuidance]))
                },
            )),
            for_determination(&[IrregularForm]),
        ),
        applying(
            "信访办按转办程序以转办单转交信访件：本制度未列明",
            "R2-4",
            own(by(Written, on_duty(contact(CurrentStaff, &[ForwardCaseMaterials])))),
            for_determination(&[NotListed]),
        ),
        applying(
            "无监督职能的科室依职权按会商程序出具书面意见：本制度未列明",
            "R2-4",
            own(by(Written, on_duty(contact(ContractStaff, &[OpinionOnDisposition])))),
            for_determination(&[NotListed]),
        ),
        near_miss(
            "监督科室书面提出纠正意见",
            "R2-4",
            own(by(Written, on_duty(supervising(contact(CurrentStaff, &[OpinionOnDisposition]))))),
            legitimate(&[SupervisoryOpinionInWriting]),
        ),
        near_miss(
            "信访办转交信访件但未走转办程序（私自）",
            "R2-4",
            own(by(
                Written,
                InterferenceFacts {
                    through_procedure: false,
                    ..on_duty(contact(ContractStaff, &[ForwardCaseMaterials]))
                },
            )),
            prohibited(&[PrivateOpinionOrMaterials]),
        ),
        near_miss(
            "按程序书面转交超出本部门职权的材料（超越职权）",
            "R2-4",
            own(by(
                Written,
                InterferenceFacts {
                    within_authority: false,
                    ..on_duty(contact(CurrentStaff, &[ForwardCaseMaterials]))
                },
            )),
            prohibited(&[PrivateOpinionOrMaterials]),
        ),
        near_miss(
            "监督科室人员非因职责口头提出处理意见",
            "R2-4",
            own(by(
                Phone,
                InterferenceFacts {
                    for_official_duty: false,
                    ..on_duty(supervising(contact(CurrentStaff, &[OpinionOnDisposition])))
                },
            )),
            prohibited(&[OtherInterference]),
        ),
        near_miss(
            "退休人员按原工作程序转交材料：已无职责",
            "R2-4",
            own(by(Written, on_duty(contact(Retired, &[ForwardCaseMaterials])))),
            prohibited(&[PrivateOpinionOrMaterials]),
        ),
        // 第十条: the bureau's 通报, only within its 人事管理权限.
        applying(
            "在编人员为当事人说情，按人事管理权限通报",
            "R2-10",
            own(contact(CurrentStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        applying(
            "本局退休人员打探案情",
            "R2-10",
            own(contact(Retired, &[InquireAboutCase])),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "公安民警私下打电话说情：本局无人事管理权限",
            "R2-10",
            own(by(Phone, contact(OtherAgencyStaff, &[PleadForParty]))),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "上级机关工作人员说情：本局无人事管理权限",
            "R2-10",
            own(contact(SuperiorAgencyStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        near_miss(
            "已调离本局的人员说情：本局已无人事管理权限",
            "R2-10",
            own(contact(FormerStaff, &[PleadForParty])),
            prohibited(&[PleadingOrPrying]),
        ),
        // 第十四条第（一）项
        applying(
            "监督科室依法书面提出纠正意见",
            "R2-14-1",
            own(by(Written, on_duty(supervising(contact(ContractStaff, &[OpinionOnDisposition]))))),
            legitimate(&[SupervisoryOpinionInWriting]),
        ),
        near_miss(
            "无监督职能的科室书面督办",
            "R2-14-1",
            own(by(Written, on_duty(contact(CurrentStaff, &[SupervisoryGuidance])))),
            prohibited(&[OtherInterference]),
        ),
        near_miss(
            "监督科室口头纠正（非领导）",
            "R2-14-1",
            own(by(Phone, recorded(on_duty(supervising(contact(CurrentStaff, &[OpinionOnDisposition])))))),
            for_determination(&[IrregularForm]),
        ),
        // 第十四条 as a whole: either of its items.
        applying(
            "监督科室依法书面提出指导性意见",
            "R2-14",
            own(by(Written, on_duty(supervising(contact(CurrentStaff, &[OpinionOnDisposition]))))),
            legitimate(&[SupervisoryOpinionInWriting]),
        ),
        applying(
            "同事依正常工作程序当面了解进度并已记录",
            "R2-14",
            own(recorded(on_duty(contact(ContractStaff, &[InquireAboutCase])))),
            legitimate(&[RecordedWorkInquiry]),
        ),
        near_miss(
            "局领导依程序书面指导（第七条，非第十四条）",
            "R2-14",
            own(by(Written, on_duty(leader(contact(CurrentStaff, &[SupervisoryGuidance]))))),
            legitimate(&[GuidanceInWriting]),
        ),
        near_miss(
            "无监督职能的科室书面督办（不属第十四条）",
            "R2-14",
            own(by(Written, on_duty(contact(CurrentStaff, &[SupervisoryGuidance])))),
            prohibited(&[OtherInterference]),
        ),
        // 第十四条第（二）项
        applying(
            "因工作需要电话了解进度并已记录",
            "R2-14-2",
            own(by(Phone, recorded(on_duty(contact(CurrentStaff, &[InquireAboutCase]))))),
            legitimate(&[RecordedWorkInquiry]),
        ),
        near_miss(
            "因工作需要了解进度但未记录",
            "R2-14-2",
            own(by(Phone, on_duty(contact(CurrentStaff, &[InquireAboutCase])))),
            awaiting_record(&[RecordedWorkInquiry]),
        ),
        near_miss(
            "了解进度但未按正常工作程序",
            "R2-14-2",
            own(recorded(InterferenceFacts {
                through_procedure: false,
                ..on_duty(contact(CurrentStaff, &[InquireAboutCase]))
            })),
            prohibited(&[PleadingOrPrying]),
        ),
        // 第九条 and 第十二条: the recorder's protection.
        applying(
            "因如实记录被调离",
            "R2-12",
            measure(Transfer, false, false, true),
            Expected::Retaliation(RetaliationVerdict::Retaliation),
        ),
        applying(
            "因如实记录被刁难",
            "R2-12",
            measure(OtherAdverseTreatment, false, false, true),
            Expected::Retaliation(RetaliationVerdict::Retaliation),
        ),
        near_miss(
            "未经法定程序免职，未查明与记录有关",
            "R2-12",
            measure(RemovalFromPost, true, false, false),
            Expected::Retaliation(RetaliationVerdict::MeasureWithoutLawfulBasis),
        ),
        applying(
            "无法定事由降级",
            "R2-9",
            measure(Demotion, false, true, false),
            Expected::Retaliation(RetaliationVerdict::MeasureWithoutLawfulBasis),
        ),
        applying(
            "有法定事由、经法定程序，但实因如实记录而撤职",
            "R2-9",
            measure(RemovalFromOffice, true, true, true),
            Expected::Retaliation(RetaliationVerdict::Retaliation),
        ),
        near_miss(
            "依法定事由、经法定程序开除，与记录无关",
            "R2-9",
            measure(Expulsion, true, true, false),
            Expected::Retaliation(RetaliationVerdict::NoViolation),
        ),
        near_miss(
            "与记录无关的其他不利对待",
            "R2-9",
            measure(OtherAdverseTreatment, false, false, false),
            Expected::Retaliation(RetaliationVerdict::NoViolation),
        ),
    ]
}

#[test]
fn every_case_gets_its_expected_outcome_and_its_tag_is_true() {
    for case in cases() {
        let answered = answered(&case.input);
        assert_eq!(answer(&answered), case.expected, "{}", case.name);
        assert_eq!(
            applies(case.exercises, &answered),
            case.applies,
            "{}: {} should {}apply",
            case.name,
            case.exercises,
            if case.applies { "" } else { "not " }
        );
    }
}

/// The two R2 articles that decide nothing a case could exercise: 第一条 (purpose and legal basis) and 第十五条
/// (commencement).
const NOT_OPERATIVE: [Cite; 2] = [Cite::article(2, 1), Cite::article(2, 15)];

/// The provisions the table must cover, read from the law: every article of R2 and every item of an article that
/// has items, except [`NOT_OPERATIVE`].
fn required_cites() -> Vec<Cite> {
    let mut cites = Vec::new();
    for article in R2.articles {
        cites.push(Cite::article(2, article.number));
        cites.extend(article.items.iter().map(|item| Cite::item(2, article.number, item.number)));
    }
    cites.retain(|cite| !NOT_OPERATIVE.contains(cite));
    cites
}

#[test]
fn every_provision_has_an_applying_case_and_a_near_miss() {
    for cite in NOT_OPERATIVE {
        assert!(R2.article(cite.article).is_some(), "{cite} is not in the law");
    }
    let required = required_cites();
    assert_eq!(required.len(), 15 - NOT_OPERATIVE.len() + 7 + 2);
    let cases = cases();
    let exercises = |c: &Row| -> Cite { c.exercises.parse().expect("case ids are valid cites") };
    for cite in &required {
        assert!(cases.iter().any(|c| exercises(c) == *cite && c.applies), "{cite} has no applying case");
        assert!(cases.iter().any(|c| exercises(c) == *cite && !c.applies), "{cite} has no near-miss case");
    }
    for case in &cases {
        assert!(
            required.contains(&exercises(case)),
            "{} exercises an untracked provision {}",
            case.name,
            case.exercises
        );
    }
}

#[test]
fn case_names_are_unique() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len());
}
