//! Counterfactuals: the scenario with one fact changed, described in Chinese. The feedback explains a wrong option
//! by the smallest change of facts under which the ENGINE would make it right ("本案为口头；若书面提出，才…"), so
//! every such line is derived from the engine, never typed per scenario.

use crate::rules::Case;
use crate::rules::r1::SupervisionChannel;
use crate::rules::r1::{
    CaseKind, GroundEvent, InquiryConduct, LiableAct, Mitigation, MitigationClaim, OfficerFacts, Verification,
    WrongCaseFacts,
};
use crate::rules::r1::{CompensationStatus, CourtInstance, JudgmentOutcome, ReconsiderationOutcome, ReviewOutcome};
use crate::rules::r2::{
    InterferenceFacts, MeasureAgainstRecorder, NonRecordingFacts, Occasion, RecordingFailure, RetaliationFacts,
    variations,
};

/// The scenario with one fact changed.
#[derive(Debug, Clone)]
pub struct Flip {
    /// The changed facts.
    pub facts: Case,
    /// The fact as it is in the scenario, e.g. `以电话方式`.
    pub actual: String,
    /// The fact as changed, e.g. `以书面（公函、批示、意见书等）方式`.
    pub changed: String,
}

/// Every one-fact change of the scenario, the most instructive first (conditions before categories, categories
/// before a different conduct altogether).
pub fn flips(facts: &Case) -> Vec<Flip> {
    match facts {
        Case::Contact { facts: f, occasion } => contact_flips(f, *occasion),
        Case::NonRecording(f) => non_recording_flips(f),
        Case::Retaliation(f) => retaliation_flips(f),
        Case::WrongCase(f) => case_flips(f),
    }
}

/// A yes/no fact: the phrase when true, the phrase when false.
struct Toggle<T> {
    read: fn(&T) -> bool,
    write: fn(&mut T, bool),
    when_true: &'static str,
    when_false: &'static str,
}

fn toggle<T: Clone>(base: &T, t: &Toggle<T>, wrap: impl Fn(T) -> Case) -> Flip {
    let now = (t.read)(base);
    let mut changed = base.clone();
    (t.write)(&mut changed, !now);
    let phrase = |value: bool| if value { t.when_true } else { t.when_false };
    Flip { facts: wrap(changed), actual: phrase(now).to_string(), changed: phrase(!now).to_string() }
}

/// The engine's own one-answer variations of a contact ([`variations`]), as scenarios.
fn contact_flips(base: &InterferenceFacts, occasion: Occasion) -> Vec<Flip> {
    variations(base)
        .into_iter()
        .map(|v| Flip { facts: Case::Contact { facts: v.facts, occasion }, actual: v.actual, changed: v.changed })
        .collect()
}

fn non_recording_flips(base: &NonRecordingFacts) -> Vec<Flip> {
    let wrap = Case::NonRecording;
    let mut out = vec![toggle(
        base,
        &Toggle {
            read: |f: &NonRecordingFacts| f.supervisor_instructed,
            write: |f, v| f.supervisor_instructed = v,
            when_true: "系主管领导授意",
            when_false: "并无主管领导授意",
        },
        wrap,
    )];
    for prior in [0, 1, 2].into_iter().filter(|&p| p != base.prior_findings) {
        out.push(Flip {
            facts: wrap(NonRecordingFacts { prior_findings: prior, ..*base }),
            actual: format!("办案人员此前已被认定{}次", base.prior_findings),
            changed: format!("办案人员此前已被认定{prior}次"),
        });
    }
    let failure = match base.failure {
        RecordingFailure::NotRecorded => RecordingFailure::NotTruthful,
        RecordingFailure::NotTruthful => RecordingFailure::NotRecorded,
    };
    out.push(Flip {
        facts: wrap(NonRecordingFacts { failure, ..*base }),
        actual: format!("办案人员{}", base.failure.label()),
        changed: format!("办案人员{}", failure.label()),
    });
    out
}

fn retaliation_flips(base: &RetaliationFacts) -> Vec<Flip> {
    let wrap = Case::Retaliation;
    let toggles: [Toggle<RetaliationFacts>; 3] = [
        Toggle {
            read: |f| f.because_of_truthful_record,
            write: |f, v| f.because_of_truthful_record = v,
            when_true: "该措施系因其如实记录而采取",
            when_false: "未查明该措施系因其如实记录而采取",
        },
        Toggle {
            read: |f| f.legal_ground,
            write: |f, v| f.legal_ground = v,
            when_true: "有法定事由",
            when_false: "无法定事由",
        },
        Toggle {
            read: |f| f.legal_procedure,
            write: |f, v| f.legal_procedure = v,
            when_true: "经法定程序",
            when_false: "未经法定程序",
        },
    ];
    let mut out: Vec<Flip> = toggles.iter().map(|t| toggle(base, t, wrap)).collect();
    for measure in MeasureAgainstRecorder::ALL.into_iter().filter(|&m| m != base.measure) {
        out.push(Flip {
            facts: wrap(RetaliationFacts { measure, ..*base }),
            actual: format!("所受措施为{}", base.measure.label()),
            changed: format!("所受措施为{}", measure.label()),
        });
    }
    out
}

fn case_flips(base: &WrongCaseFacts) -> Vec<Flip> {
    let wrap = Case::WrongCase;
    let mut out = Vec::new();
    for (index, report) in base.grounds.iter().enumerate() {
        for verification in Verification::ALL.into_iter().filter(|&v| v != report.verification) {
            let mut changed = base.clone();
            changed.grounds[index].verification = verification;
            out.push(Flip {
                facts: wrap(changed),
                actual: format!("所报情形{}", report.verification.label()),
                changed: format!("所报情形{}", verification.label()),
            });
        }
        for (event, actual, changed_text) in event_variants(&report.event) {
            let mut changed = base.clone();
            changed.grounds[index].event = event;
            out.push(Flip { facts: wrap(changed), actual, changed: changed_text });
        }
    }
    for kind in CaseKind::ALL.into_iter().filter(|&k| k != base.kind) {
        out.push(Flip {
            facts: wrap(WrongCaseFacts { kind, ..base.clone() }),
            actual: format!("案件为{}", base.kind.label()),
            changed: format!("案件为{}", kind.label()),
        });
    }
    let named = base.officers.len() > 1;
    for (index, officer) in base.officers.iter().enumerate() {
        let who = if named { officer.name.as_str() } else { "" };
        let mut push = |officer_facts: OfficerFacts, actual: String, changed: String| {
            let mut facts = base.clone();
            facts.officers[index] = officer_facts;
            out.push(Flip { facts: wrap(facts), actual, changed });
        };
        for (claim_index, claim) in officer.mitigation_claims.iter().enumerate() {
            for (other, actual, changed) in claim_variants(claim, base.kind) {
                let mut facts = officer.clone();
                facts.mitigation_claims[claim_index] = other;
                push(facts, format!("{who}{actual}"), format!("{who}{changed}"));
            }
        }
        for conduct in InquiryConduct::ALL {
            let mut facts = officer.clone();
            if officer.inquiry_conduct.contains(&conduct) {
                facts.inquiry_conduct.retain(|c| *c != conduct);
                push(
                    facts,
                    format!("{}{}", officer.name, conduct.label()),
                    format!("{}没有{}", officer.name, conduct.label()),
                );
            } else if conduct.is_aggravating() {
                facts.inquiry_conduct.push(conduct);
                push(
                    facts,
                    format!("{}没有{}", officer.name, conduct.label()),
                    format!("{}{}", officer.name, conduct.label()),
                );
            }
        }
        for act in LiableAct::ALL {
            let mut facts = officer.clone();
            let (actual, changed) = if officer.acts.contains(&act) {
                facts.acts.retain(|a| *a != act);
                ("经调查认定", "调查未认定")
            } else {
                facts.acts.push(act);
                ("调查未认定", "经调查认定")
            };
            push(
                facts,
                format!("{actual}{}有“{}”", officer.name, act.label()),
                format!("{changed}{}有“{}”", officer.name, act.label()),
            );
        }
        for mitigation in Mitigation::ALL {
            if officer.mitigation_claims.iter().any(|c| c.mitigation() == mitigation) {
                continue;
            }
            let mut facts = officer.clone();
            facts.mitigation_claims.push(MitigationClaim::satisfied(mitigation));
            push(
                facts,
                format!("未查明{}有“{}”的情形", officer.name, mitigation.label()),
                format!("查明{}有“{}”的情形", officer.name, mitigation.label()),
            );
        }
    }
    out
}

/// The other events of the same Art. 5 item, with the phrases describing the event before and after.
fn event_variants(event: &GroundEvent) -> Vec<(GroundEvent, String, String)> {
    let mut out = Vec::new();
    let mut push = |other: GroundEvent| {
        if other != *event {
            out.push((other, describe_event(event), describe_event(&other)));
        }
    };
    match *event {
        GroundEvent::SupervisionFinding { channel, outcome } => {
            SupervisionChannel::ALL.iter().for_each(|&c| push(GroundEvent::SupervisionFinding { channel: c, outcome }));
            ReviewOutcome::ALL.iter().for_each(|&o| push(GroundEvent::SupervisionFinding { channel, outcome: o }));
        }
        GroundEvent::MajorPenaltyReview { .. } => {
            ReviewOutcome::ALL.iter().for_each(|&o| push(GroundEvent::MajorPenaltyReview { outcome: o }));
        }
        GroundEvent::Reconsideration { .. } => {
            ReconsiderationOutcome::ALL.iter().for_each(|&o| push(GroundEvent::Reconsideration { outcome: o }));
        }
        GroundEvent::CourtJudgment { instance, outcome } => {
            CourtInstance::ALL.iter().for_each(|&i| push(GroundEvent::CourtJudgment { instance: i, outcome }));
            JudgmentOutcome::ALL.iter().for_each(|&o| push(GroundEvent::CourtJudgment { instance, outcome: o }));
        }
        GroundEvent::StateCompensation { .. } => {
            CompensationStatus::ALL.iter().for_each(|&s| push(GroundEvent::StateCompensation { status: s }));
        }
        GroundEvent::SuperiorInvestigation { .. } => {
            ReviewOutcome::ALL.iter().for_each(|&o| push(GroundEvent::SuperiorInvestigation { outcome: o }));
        }
    }
    out
}

/// One reported event in Chinese.
fn describe_event(event: &GroundEvent) -> String {
    match *event {
        GroundEvent::SupervisionFinding { channel, outcome } => format!("{}{}", channel.label(), outcome.label()),
        GroundEvent::MajorPenaltyReview { outcome } => format!("上报的重大行政处罚经上级部门审查{}", outcome.label()),
        GroundEvent::Reconsideration { outcome } => outcome.label().to_string(),
        GroundEvent::CourtJudgment { instance, outcome } => format!("{}{}", instance.label(), outcome.label()),
        GroundEvent::StateCompensation { status } => status.label().to_string(),
        GroundEvent::SuperiorInvestigation { outcome } => format!("上级行政执法机关调查{}", outcome.label()),
    }
}

/// The claim with one condition changed, with the phrases describing the condition before and after; in a case of
/// this kind (a licensing case has a 许可决定, not a 处罚决定书).
fn claim_variants(claim: &MitigationClaim, kind: CaseKind) -> Vec<(MitigationClaim, String, String)> {
    let pair = |value: bool, yes: &str, no: &str| if value { yes.to_string() } else { no.to_string() };
    match *claim {
        MitigationClaim::UnclearLaw { provision_unclear: v } => {
            let text = |v| pair(v, "所适用的规定本身确实不明确", "所适用的规定本身是明确的");
            vec![(MitigationClaim::UnclearLaw { provision_unclear: !v }, text(v), text(!v))]
        }
        MitigationClaim::NewEvidenceAfterService { emerged_after_service: a, changed_facts_or_nature: c } => {
            let decision = if kind == CaseKind::AdministrativeLicensing { "许可决定" } else { "处罚决定书" };
            let after = |v| {
                if v {
                    format!("新证据在{decision}送达后才出现")
                } else {
                    format!("该证据在{decision}送达前已经存在")
                }
            };
            let change = |v| pair(v, "新证据使原认定的事实或性质发生变化", "新证据未使原认定的事实或性质发生变化");
            vec![
                (
                    MitigationClaim::NewEvidenceAfterService { emerged_after_service: !a, changed_facts_or_nature: c },
                    after(a),
                    after(!a),
                ),
                (
                    MitigationClaim::NewEvidenceAfterService { emerged_after_service: a, changed_facts_or_nature: !c },
                    change(c),
                    change(!c),
                ),
            ]
        }
        MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: v } => {
            let text = |v| pair(v, "执法人员本身没有过错", "执法人员本身也有过错");
            vec![(MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: !v }, text(v), text(!v))]
        }
        MitigationClaim::MinorAndCorrected { significantly_minor: m, corrected_after_education: c } => {
            let minor = |v| pair(v, "违法行为显著轻微", "违法行为并非显著轻微");
            let corrected = |v| pair(v, "经批评教育后及时纠正", "经批评教育后未及时纠正");
            vec![
                (
                    MitigationClaim::MinorAndCorrected { significantly_minor: !m, corrected_after_education: c },
                    minor(m),
                    minor(!m),
                ),
                (
                    MitigationClaim::MinorAndCorrected { significantly_minor: m, corrected_after_education: !c },
                    corrected(c),
                    corrected(!c),
                ),
            ]
        }
        MitigationClaim::PromptSelfCorrection { corrected_promptly_on_own_initiative: p, caused_consequences: c } => {
            let prompt = |v| pair(v, "发现错误后主动及时纠正", "并非发现错误后主动及时纠正");
            let caused = |v| pair(v, "已造成后果", "未造成后果");
            vec![
                (
                    MitigationClaim::PromptSelfCorrection {
                        corrected_promptly_on_own_initiative: !p,
                        caused_consequences: c,
                    },
                    prompt(p),
                    prompt(!p),
                ),
                (
                    MitigationClaim::PromptSelfCorrection {
                        corrected_promptly_on_own_initiative: p,
                        caused_consequences: !c,
                    },
                    caused(c),
                    caused(!c),
                ),
            ]
        }
        MitigationClaim::FalsificationOrForceMajeure { caused_the_error: v } => {
            let text =
                |v| pair(v, "执法错误确由相对人弄虚作假或不可抗力导致", "执法错误并非由相对人弄虚作假或不可抗力导致");
            vec![(MitigationClaim::FalsificationOrForceMajeure { caused_the_error: !v }, text(v), text(!v))]
        }
    }
}
