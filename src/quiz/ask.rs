//! What a question asks about a scenario, and how its answer key is read off the engine's outcome.
//!
//! Every key here is computed from the [`Outcome`]; nothing is typed per scenario.

use crate::law::Cite;
use crate::rules::r1::cites::{R1_2, R1_5, R1_6, R1_8, R1_9};
use crate::rules::r1::{Action, CaseStatus, Circumstances, Liability, LiableAct, Mitigation, WrongCaseGround};
use crate::rules::r2::cites::{R2_2, R2_3, R2_4, R2_6, R2_7, R2_8, R2_9, R2_10, R2_12, R2_13, R2_14, R2_14_1, R2_14_2};
use crate::rules::r2::{ActionKind, Article10Item, HandlerSanction, RetaliationVerdict, Verdict};
use crate::rules::{Case, Outcome, distinct_cites};

/// The key of the "yes" option of a yes/no question.
pub const YES: &str = "yes";
/// The key of the "no" option of a yes/no question.
pub const NO: &str = "no";

/// One question kind. Officer questions carry the officer's index in the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ask {
    /// 是否属于第二条所称内部人员？ (yes/no)
    IsInternal,
    /// 是否属于违反规定干预办案？ (yes/no)
    IsInterference,
    /// 如何定性？ (one of the verdict kinds)
    ContactVerdict,
    /// 属于第十条哪一项（哪几项）？
    Article10Items,
    /// 不认定为干预依据哪一条款？
    LegitimateGrounds,
    /// 应当怎样处理？ (the handler's and the bureau's actions)
    HandlerActions,
    /// 对不记录的办案人员如何处理？ (Art. 13)
    HandlerSanction,
    /// 是否追究主管领导？ (Art. 13, yes/no)
    SupervisorLiable,
    /// 对记录人所受措施如何认定？ (Art. 9, 12)
    RetaliationVerdict,
    /// 是否属于打击报复？ (Art. 9, 12, yes/no)
    IsRetaliation,
    /// 能否界定为错案？ (yes/no)
    IsWrongCase,
    /// 本案如何认定？ (one of the case statuses)
    CaseStatus,
    /// 属于第五条哪一项（哪几项）？
    WrongCaseGrounds,
    /// 接下来应办理哪些程序事项？
    CaseActions,
    /// 对该执法人员是否追究？ (one of the liability outcomes)
    OfficerLiability(u8),
    /// 哪些行为属于第六条？
    OfficerActs(u8),
    /// 具有第八条哪一项（哪几项）情形？
    OfficerMitigations(u8),
    /// 是否具有第八条情形？ (yes/no)
    OfficerHasMitigation(u8),
    /// 是否应依第九条从重？ (yes/no)
    OfficerAggravated(u8),
    /// 从轻、从重情节如何？ (one of the circumstance kinds)
    OfficerCircumstances(u8),
}

/// An answer option before it is shown: stable key, Chinese label, and the provisions it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Stable key, e.g. `R2-10-5`, `yes`, `record`.
    pub key: String,
    /// The label shown.
    pub label: String,
    /// The provisions the option stands for (quoted in feedback).
    pub cites: Vec<Cite>,
}

/// Handler actions offered as options: what the handler or the bureau must do now (the referrals to 纪检 and for
/// prosecution depend on a later investigation and are not asked).
const HANDLER_ACTIONS: [ActionKind; 5] =
    [ActionKind::Record, ActionKind::Refuse, ActionKind::FollowProcedure, ActionKind::Report, ActionKind::Notify];

impl Ask {
    /// The asks that can be posed about scenarios of this kind, in display order.
    pub fn candidates(facts: &Case) -> Vec<Ask> {
        match facts {
            Case::Contact { .. } => vec![
                Ask::IsInternal,
                Ask::IsInterference,
                Ask::ContactVerdict,
                Ask::Article10Items,
                Ask::LegitimateGrounds,
                Ask::HandlerActions,
            ],
            Case::NonRecording(_) => vec![Ask::HandlerSanction, Ask::SupervisorLiable],
            Case::Retaliation(_) => vec![Ask::IsRetaliation, Ask::RetaliationVerdict],
            Case::WrongCase(case) => {
                let mut asks = vec![Ask::IsWrongCase, Ask::CaseStatus, Ask::WrongCaseGrounds, Ask::CaseActions];
                for index in 0..case.officers.len().min(usize::from(u8::MAX)) {
                    let i = u8::try_from(index).unwrap_or(u8::MAX);
                    asks.extend([
                        Ask::OfficerLiability(i),
                        Ask::OfficerActs(i),
                        Ask::OfficerMitigations(i),
                        Ask::OfficerHasMitigation(i),
                        Ask::OfficerAggravated(i),
                        Ask::OfficerCircumstances(i),
                    ]);
                }
                asks
            }
        }
    }

    /// A stable key for ids, e.g. `article10` or `officer0.acts`.
    pub fn key(self) -> String {
        let officer = |i: u8, what: &str| format!("officer{i}.{what}");
        match self {
            Ask::IsInternal => "internal".into(),
            Ask::IsInterference => "interference".into(),
            Ask::ContactVerdict => "verdict".into(),
            Ask::Article10Items => "article10".into(),
            Ask::LegitimateGrounds => "legitimate".into(),
            Ask::HandlerActions => "handler_actions".into(),
            Ask::HandlerSanction => "sanction".into(),
            Ask::SupervisorLiable => "supervisor".into(),
            Ask::RetaliationVerdict => "retaliation".into(),
            Ask::IsRetaliation => "is_retaliation".into(),
            Ask::IsWrongCase => "wrong_case".into(),
            Ask::CaseStatus => "case_status".into(),
            Ask::WrongCaseGrounds => "grounds".into(),
            Ask::CaseActions => "case_actions".into(),
            Ask::OfficerLiability(i) => officer(i, "liability"),
            Ask::OfficerActs(i) => officer(i, "acts"),
            Ask::OfficerMitigations(i) => officer(i, "mitigations"),
            Ask::OfficerHasMitigation(i) => officer(i, "has_mitigation"),
            Ask::OfficerAggravated(i) => officer(i, "aggravated"),
            Ask::OfficerCircumstances(i) => officer(i, "circumstances"),
        }
    }

    /// The ask with this key, if any.
    pub fn from_key(key: &str) -> Option<Ask> {
        if let Some(rest) = key.strip_prefix("officer") {
            let (index, what) = rest.split_once('.')?;
            let i: u8 = index.parse().ok()?;
            return match what {
                "liability" => Some(Ask::OfficerLiability(i)),
                "acts" => Some(Ask::OfficerActs(i)),
                "mitigations" => Some(Ask::OfficerMitigations(i)),
                "has_mitigation" => Some(Ask::OfficerHasMitigation(i)),
                "aggravated" => Some(Ask::OfficerAggravated(i)),
                "circumstances" => Some(Ask::OfficerCircumstances(i)),
                _ => None,
            };
        }
        let simple = [
            Ask::IsInternal,
            Ask::IsInterference,
            Ask::ContactVerdict,
            Ask::Article10Items,
            Ask::LegitimateGrounds,
            Ask::HandlerActions,
            Ask::HandlerSanction,
            Ask::SupervisorLiable,
            Ask::RetaliationVerdict,
            Ask::IsRetaliation,
            Ask::IsWrongCase,
            Ask::CaseStatus,
            Ask::WrongCaseGrounds,
            Ask::CaseActions,
        ];
        simple.into_iter().find(|ask| ask.key() == key)
    }

    /// Whether the answer is a set of provisions that may hold one or several (asked as single choice only when
    /// exactly one holds, and then only for some scenarios, so the format does not give the count away).
    pub fn is_set_of_provisions(self) -> bool {
        matches!(
            self,
            Ask::Article10Items
                | Ask::LegitimateGrounds
                | Ask::WrongCaseGrounds
                | Ask::OfficerActs(_)
                | Ask::OfficerMitigations(_)
        )
    }

    /// Whether the answer is a set of actions (always multiple choice).
    pub fn is_set_of_actions(self) -> bool {
        matches!(self, Ask::HandlerActions | Ask::CaseActions)
    }

    /// The officer an officer question is about.
    pub fn officer(self) -> Option<usize> {
        match self {
            Ask::OfficerLiability(i)
            | Ask::OfficerActs(i)
            | Ask::OfficerMitigations(i)
            | Ask::OfficerHasMitigation(i)
            | Ask::OfficerAggravated(i)
            | Ask::OfficerCircumstances(i) => Some(usize::from(i)),
            _ => None,
        }
    }

    /// The question text.
    pub fn prompt(self, facts: &Case) -> String {
        let name = self
            .officer()
            .and_then(|i| facts.officer_names().get(i).filter(|n| !n.trim().is_empty()).map(|n| n.to_string()));
        let name = name.unwrap_or_else(|| "该执法人员".to_string());
        match self {
            Ask::IsInternal => "过问本案的人是否属于第二条所称“行政执法机关内部人员”？".into(),
            Ask::IsInterference => "本次情况是否属于第十条所称“违反规定干预办案”？".into(),
            Ask::ContactVerdict => "依《干预插手记录通报追究制度》，本次情况应如何定性？".into(),
            Ask::Article10Items => "本次干预属于第十条所列哪一项（或哪几项）？".into(),
            Ask::LegitimateGrounds => "本次情况不认定为干预（或记录后不认定为干预），依据的是哪一条款？".into(),
            Ask::HandlerActions => "依本制度，本次情况应当怎样处理？（选出所有应做的事）".into(),
            Ask::HandlerSanction => "对该办案人员应如何处理？".into(),
            Ask::SupervisorLiable => "是否应追究主管领导的责任？".into(),
            Ask::RetaliationVerdict => "对办案人员所受的这一措施，应如何认定？".into(),
            Ask::IsRetaliation => "这是否属于对如实记录的办案人员打击报复？".into(),
            Ask::IsWrongCase => "本案现在能否界定为错案？".into(),
            Ask::CaseStatus => "依《错案责任倒查问责制度》，本案现在应如何认定？".into(),
            Ask::WrongCaseGrounds => "本案属于第五条所列哪一项（或哪几项）情形？".into(),
            Ask::CaseActions => "接下来应当办理哪些程序事项？（选出所有应办的）".into(),
            Ask::OfficerLiability(_) => format!("对{name}，错案责任应如何认定？"),
            Ask::OfficerActs(_) => format!("{name}的哪一项（或哪几项）行为属于第六条所列应追究责任的行为？"),
            Ask::OfficerMitigations(_) => format!("{name}具有第八条所列哪一项（或哪几项）情形？"),
            Ask::OfficerHasMitigation(_) => format!("{name}是否具有第八条所列可以从轻或免于追究的情形？"),
            Ask::OfficerAggravated(_) => format!("对{name}是否应依第九条从重处理？"),
            Ask::OfficerCircumstances(_) => format!("关于{name}的从轻、从重情节，本制度怎样规定？"),
        }
    }

    /// Every option, in display order.
    pub fn choices(self) -> Vec<Choice> {
        let choice = |key: &str, label: &str, cites: &[Cite]| Choice {
            key: key.to_string(),
            label: label.to_string(),
            cites: cites.to_vec(),
        };
        let provision = |cite: Cite, label: &str| Choice {
            key: cite.to_string(),
            label: format!("{}：{label}", cite.short_label()),
            cites: vec![cite],
        };
        let yes_no = |yes: &str, no: &str, cites: &[Cite]| vec![choice(YES, yes, cites), choice(NO, no, cites)];
        match self {
            Ask::IsInternal => yes_no("是，属于内部人员", "否，不属于内部人员", &[R2_2]),
            Ask::IsInterference => yes_no("是", "否", &[R2_10]),
            Ask::ContactVerdict => vec![
                choice("prohibited", "违反规定干预办案（第十条）", &[R2_10]),
                choice(
                    "legitimate",
                    "不认定为干预（第七条、第八条或第十四条）",
                    &[R2_7, R2_8, R2_14, R2_14_1, R2_14_2],
                ),
                choice("awaiting_record", "待办案人员记录，记录后不认定为干预", &[R2_7, R2_14_2, R2_3]),
                choice(
                    "for_determination",
                    "不径行认定为干预，记录并报法治科认定（形式不合规定或本制度未列明）",
                    &[R2_7, R2_14_1, R2_3, R2_4],
                ),
                choice("other_agency_without_procedure", "其他执法机关未依程序，应告知其依照程序办理", &[R2_8, R2_6]),
                choice("outside_scope", "不属于本制度所称内部人员干预", &[R2_2]),
            ],
            Ask::Article10Items => Article10Item::ALL.iter().map(|i| provision(i.cite(), i.label())).collect(),
            Ask::LegitimateGrounds => vec![
                provision(R2_7, "领导干部或上级机关依程序书面提出，或口头提出并记录在案的指导性意见"),
                provision(R2_8, "其他执法机关因履行法定职责依程序了解情况"),
                provision(R2_14_1, "具有监督职能的部门依法依规书面提出指导性或纠正性意见"),
                provision(R2_14_2, "因履行职责需要按正常工作程序了解情况并做好工作记录"),
                provision(
                    R2_14,
                    "无监督职能的部门依职权、按正常工作程序书面转办材料或提出意见（不属第十条第（二）项“超越职权私自”，本工具的解释）",
                ),
            ],
            Ask::HandlerActions => HANDLER_ACTIONS
                .iter()
                .map(|&kind| choice(action_kind_key(kind), handler_action_label(kind), &[action_kind_cite(kind)]))
                .collect(),
            Ask::HandlerSanction => vec![
                choice("warning", HandlerSanction::WarningAndCriticism.label(), &[R2_13]),
                choice("discipline", HandlerSanction::DisciplinaryReferral.label(), &[R2_13]),
                choice("none", "不追究办案人员，只追究授意的主管领导", &[R2_13]),
            ],
            Ask::SupervisorLiable => yes_no("是", "否", &[R2_13]),
            Ask::RetaliationVerdict => RETALIATION_VERDICTS
                .iter()
                .map(|&v| {
                    let cites: &[Cite] = match v {
                        RetaliationVerdict::Retaliation => &[R2_9, R2_12],
                        _ => &[R2_9],
                    };
                    choice(retaliation_key(v), v.label(), cites)
                })
                .collect(),
            Ask::IsRetaliation => yes_no("是", "否", &[R2_9, R2_12]),
            Ask::IsWrongCase => yes_no("能", "不能", &[R1_5]),
            Ask::CaseStatus => CaseStatus::ALL
                .iter()
                .map(|&s| {
                    let cite = if s == CaseStatus::OutsideScope { R1_2 } else { R1_5 };
                    choice(case_status_key(s), s.label(), &[cite])
                })
                .collect(),
            Ask::WrongCaseGrounds => WrongCaseGround::ALL.iter().map(|g| provision(g.cite(), g.label())).collect(),
            Ask::CaseActions => {
                Action::ALL.iter().map(|&a| choice(case_action_key(a), case_action_label(a), a.cites())).collect()
            }
            Ask::OfficerLiability(_) => Liability::ALL
                .iter()
                .map(|&l| {
                    let cites: &[Cite] = match l {
                        Liability::Liable | Liability::NoLiableAct => &[R1_6],
                        Liability::OutsideScope => &[R1_2],
                        Liability::AwaitingWrongCase | Liability::NotWrongCase => &[R1_2, R1_5],
                    };
                    choice(liability_key(l), l.label(), cites)
                })
                .collect(),
            Ask::OfficerActs(_) => LiableAct::ALL.iter().map(|a| provision(a.cite(), a.label())).collect(),
            Ask::OfficerMitigations(_) => Mitigation::ALL.iter().map(|m| provision(m.cite(), m.label())).collect(),
            Ask::OfficerHasMitigation(_) => yes_no("是", "否", &[R1_8]),
            Ask::OfficerAggravated(_) => yes_no("是", "否", &[R1_9]),
            Ask::OfficerCircumstances(_) => {
                Circumstances::ALL.iter().map(|&c| choice(circumstances_key(c), c.label(), &[R1_8, R1_9])).collect()
            }
        }
    }

    /// The keys of the right options, read off the engine's outcome; `None` when the ask does not fit the outcome
    /// (e.g. "which Art. 10 item" for a legitimate contact). The facts are those the outcome was computed from.
    pub fn right_keys(self, facts: &Case, outcome: &Outcome) -> Option<Vec<String>> {
        let yes_no = |yes: bool| Some(vec![(if yes { YES } else { NO }).to_string()]);
        let cites = |cites: Vec<Cite>| cites.iter().map(Cite::to_string).collect::<Vec<_>>();
        match (self, outcome) {
            (Ask::IsInternal, Outcome::Contact(a)) => yes_no(a.internal_personnel),
            (Ask::IsInterference, Outcome::Contact(a)) => match a.verdict {
                Verdict::NoConductGiven => None,
                _ => yes_no(matches!(a.verdict, Verdict::Prohibited { .. })),
            },
            (Ask::ContactVerdict, Outcome::Contact(a)) => verdict_key(&a.verdict).map(|key| vec![key.to_string()]),
            (Ask::Article10Items, Outcome::Contact(a)) => match &a.verdict {
                Verdict::Prohibited { items } => Some(cites(items.iter().map(|i| i.cite()).collect())),
                _ => None,
            },
            (Ask::LegitimateGrounds, Outcome::Contact(a)) => match &a.verdict {
                Verdict::Legitimate { .. } | Verdict::AwaitingRecord { .. } => Some(cites(a.verdict.rests_on())),
                _ => None,
            },
            (Ask::HandlerActions, Outcome::Contact(a)) if a.verdict != Verdict::NoConductGiven => {
                let keys: Vec<String> = HANDLER_ACTIONS
                    .iter()
                    .filter(|kind| a.actions.iter().any(|action| action.kind == **kind))
                    .map(|&kind| action_kind_key(kind).to_string())
                    .collect();
                non_empty(keys)
            }
            (Ask::HandlerSanction, Outcome::NonRecording(n)) => Some(vec![
                match n.handler_sanction {
                    Some(HandlerSanction::WarningAndCriticism) => "warning",
                    Some(HandlerSanction::DisciplinaryReferral) => "discipline",
                    None => "none",
                }
                .to_string(),
            ]),
            (Ask::SupervisorLiable, Outcome::NonRecording(n)) => yes_no(n.supervisor_liable),
            (Ask::RetaliationVerdict, Outcome::Retaliation(r)) => Some(vec![retaliation_key(r.verdict).to_string()]),
            (Ask::IsRetaliation, Outcome::Retaliation(r)) => yes_no(r.verdict == RetaliationVerdict::Retaliation),
            (Ask::IsWrongCase, Outcome::WrongCase(c)) => yes_no(c.status == CaseStatus::WrongCase),
            (Ask::CaseStatus, Outcome::WrongCase(c)) => Some(vec![case_status_key(c.status).to_string()]),
            (Ask::WrongCaseGrounds, Outcome::WrongCase(c)) => {
                non_empty(cites(c.established_grounds().iter().map(|g| g.cite()).collect()))
            }
            (Ask::CaseActions, Outcome::WrongCase(c)) => {
                non_empty(c.actions.iter().map(|&a| case_action_key(a).to_string()).collect())
            }
            (Ask::OfficerLiability(i), Outcome::WrongCase(c)) => {
                let officer = c.officers.get(usize::from(i))?;
                Some(vec![liability_key(officer.liability).to_string()])
            }
            (Ask::OfficerActs(i), Outcome::WrongCase(c)) => {
                let officer = c.officers.get(usize::from(i))?;
                non_empty(cites(officer.liable_items()))
            }
            (Ask::OfficerMitigations(i), Outcome::WrongCase(c)) => {
                let officer = c.officers.get(usize::from(i)).filter(|o| o.is_liable())?;
                non_empty(cites(officer.mitigating.iter().map(|m| m.cite()).collect()))
            }
            (Ask::OfficerHasMitigation(i), Outcome::WrongCase(c)) => {
                let officer = c.officers.get(usize::from(i)).filter(|o| o.is_liable())?;
                officer_facts(facts, i).filter(|f| !f.mitigation_claims.is_empty())?;
                yes_no(!officer.mitigating.is_empty())
            }
            (Ask::OfficerAggravated(i), Outcome::WrongCase(c)) => {
                let officer = c.officers.get(usize::from(i)).filter(|o| o.is_liable())?;
                officer_facts(facts, i).filter(|f| !f.inquiry_conduct.is_empty())?;
                yes_no(!officer.aggravating.is_empty())
            }
            (Ask::OfficerCircumstances(i), Outcome::WrongCase(c)) => {
                let officer = c.officers.get(usize::from(i)).filter(|o| o.is_liable())?;
                officer_facts(facts, i).filter(|f| !f.mitigation_claims.is_empty() || !f.inquiry_conduct.is_empty())?;
                Some(vec![circumstances_key(officer.circumstances).to_string()])
            }
            _ => None,
        }
    }

    /// The provisions the question is about, for practice by article, exam breakdowns and mastery: the ask's own
    /// article plus the provisions the engine's answer rests on.
    pub fn topic_cites(self, outcome: &Outcome) -> Vec<Cite> {
        let mut cites = match self {
            Ask::IsInternal => vec![R2_2],
            Ask::IsInterference | Ask::ContactVerdict | Ask::Article10Items | Ask::LegitimateGrounds => match outcome {
                Outcome::Contact(a) => a.verdict.rests_on(),
                _ => Vec::new(),
            },
            Ask::HandlerActions => match outcome {
                Outcome::Contact(a) => a
                    .actions
                    .iter()
                    .filter(|action| HANDLER_ACTIONS.contains(&action.kind))
                    .flat_map(|action| action.cites.iter().copied())
                    .collect(),
                _ => Vec::new(),
            },
            Ask::HandlerSanction | Ask::SupervisorLiable => vec![R2_13],
            Ask::RetaliationVerdict | Ask::IsRetaliation => match outcome {
                Outcome::Retaliation(r) if r.verdict == RetaliationVerdict::Retaliation => {
                    vec![R2_9, R2_12]
                }
                _ => vec![R2_9],
            },
            Ask::IsWrongCase | Ask::CaseStatus | Ask::WrongCaseGrounds => match outcome {
                Outcome::WrongCase(c) if c.status == CaseStatus::OutsideScope => vec![R1_2],
                Outcome::WrongCase(c) => {
                    let mut cites = vec![R1_5];
                    cites.extend(c.established_grounds().iter().map(|g| g.cite()));
                    cites
                }
                _ => Vec::new(),
            },
            Ask::CaseActions => match outcome {
                Outcome::WrongCase(c) => c.actions.iter().flat_map(|a| a.cites().iter().copied()).collect(),
                _ => Vec::new(),
            },
            Ask::OfficerLiability(i) | Ask::OfficerActs(i) => match outcome {
                Outcome::WrongCase(c) => match c.officers.get(usize::from(i)) {
                    Some(o) if o.is_liable() => o.liable_items(),
                    Some(o) if o.liability == Liability::OutsideScope => vec![R1_2],
                    Some(o) if o.liability == Liability::NoLiableAct => vec![R1_6],
                    _ => vec![R1_5],
                },
                _ => Vec::new(),
            },
            Ask::OfficerMitigations(i) | Ask::OfficerHasMitigation(i) => {
                let mut cites = vec![R1_8];
                if let Outcome::WrongCase(c) = outcome {
                    let officer = c.officers.get(usize::from(i));
                    cites.extend(officer.iter().flat_map(|o| o.mitigating.iter().map(|m| m.cite())));
                }
                cites
            }
            Ask::OfficerAggravated(_) => vec![R1_9],
            Ask::OfficerCircumstances(_) => vec![R1_8, R1_9],
        };
        cites.retain(|c| crate::law::quote(*c).is_some());
        distinct_cites(cites)
    }
}

/// The verdicts a trainee chooses among, in display order.
const RETALIATION_VERDICTS: [RetaliationVerdict; 3] =
    [RetaliationVerdict::Retaliation, RetaliationVerdict::MeasureWithoutLawfulBasis, RetaliationVerdict::NoViolation];

fn non_empty(keys: Vec<String>) -> Option<Vec<String>> {
    if keys.is_empty() { None } else { Some(keys) }
}

fn officer_facts(facts: &Case, index: u8) -> Option<&crate::rules::r1::OfficerFacts> {
    match facts {
        Case::WrongCase(case) => case.officers.get(usize::from(index)),
        _ => None,
    }
}

/// The option key of a contact verdict; `None` for "no conduct given" and for a verdict that turns on facts answered
/// 不清楚, neither of which a scenario (whose facts are all known) can have.
pub fn verdict_key(verdict: &Verdict) -> Option<&'static str> {
    match verdict {
        Verdict::Prohibited { .. } => Some("prohibited"),
        Verdict::Legitimate { .. } => Some("legitimate"),
        Verdict::AwaitingRecord { .. } => Some("awaiting_record"),
        Verdict::ForDetermination { .. } => Some("for_determination"),
        Verdict::OtherAgencyWithoutProcedure => Some("other_agency_without_procedure"),
        Verdict::OutsideScope => Some("outside_scope"),
        Verdict::NoConductGiven | Verdict::Undetermined { .. } => None,
    }
}

/// The option key of an R2 action kind.
pub fn action_kind_key(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::Record => "record",
        ActionKind::Refuse => "refuse",
        ActionKind::FollowProcedure => "follow_procedure",
        ActionKind::Report => "report",
        ActionKind::Notify => "notify",
        ActionKind::ReferToDiscipline => "refer_to_discipline",
        ActionKind::ReferForProsecution => "refer_for_prosecution",
        ActionKind::WarnAndCriticise => "warn_and_criticise",
        ActionKind::HoldSupervisorLiable => "hold_supervisor_liable",
        ActionKind::ProtectRecorder => "protect_recorder",
    }
}

/// The action kind behind a handler-action option key.
pub fn action_kind_of(key: &str) -> Option<ActionKind> {
    HANDLER_ACTIONS.into_iter().find(|&kind| action_kind_key(kind) == key)
}

/// The option label of a handler action: who does what, shortly.
fn handler_action_label(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::Record => "办案人员记录（时间、地点、人物、方式、内容）",
        ActionKind::Refuse => "办案人员予以拒绝",
        ActionKind::FollowProcedure => "告知对方依照程序办理",
        ActionKind::Report => "向局机关法治科报告（必要时直接向区司法局报告）",
        ActionKind::Notify => "局机关报经批准后对行为人予以通报",
        _ => kind.label(),
    }
}

/// The provision an action option stands for.
fn action_kind_cite(kind: ActionKind) -> Cite {
    match kind {
        ActionKind::Record | ActionKind::Report => R2_3,
        ActionKind::Refuse | ActionKind::FollowProcedure => R2_6,
        _ => R2_10,
    }
}

fn retaliation_key(verdict: RetaliationVerdict) -> &'static str {
    match verdict {
        RetaliationVerdict::Retaliation => "retaliation",
        RetaliationVerdict::MeasureWithoutLawfulBasis => "without_lawful_basis",
        RetaliationVerdict::NoViolation => "no_violation",
    }
}

fn case_status_key(status: CaseStatus) -> &'static str {
    match status {
        CaseStatus::OutsideScope => "outside_scope",
        CaseStatus::WrongCase => "wrong_case",
        CaseStatus::Pending => "pending",
        CaseStatus::NotWrongCase => "not_wrong_case",
    }
}

fn case_action_key(action: Action) -> &'static str {
    match action {
        Action::InvestigateAndVerify => "investigate",
        Action::AwaitFinalOutcome => "await_final_outcome",
        Action::ProposeHandling => "propose_handling",
        Action::CollectiveDecision => "collective_decision",
        Action::ReportSuspectedViolation => "report_suspected_violation",
        Action::InformOfRights => "inform_of_rights",
    }
}

/// A short option label for an R1 procedural action (the engine's full sentence appears in the feedback).
fn case_action_label(action: Action) -> &'static str {
    match action {
        Action::InvestigateAndVerify => "组成调查组调查核实",
        Action::AwaitFinalOutcome => "等待终局结论后重新评估",
        Action::ProposeHandling => "由局法治科提出处理建议",
        Action::CollectiveDecision => "经机关领导集体讨论作出处理决定",
        Action::ReportSuspectedViolation => "涉嫌违纪违法的，及时向有关部门报告",
        Action::InformOfRights => "告知被追究人员陈述、申辩和申诉的权利",
    }
}

/// The R1 procedural action behind a case-action option key.
pub fn case_action_of(key: &str) -> Option<Action> {
    Action::ALL.into_iter().find(|&a| case_action_key(a) == key)
}

fn liability_key(liability: Liability) -> &'static str {
    match liability {
        Liability::Liable => "liable",
        Liability::NoLiableAct => "no_liable_act",
        Liability::AwaitingWrongCase => "awaiting_wrong_case",
        Liability::NotWrongCase => "not_wrong_case",
        Liability::OutsideScope => "outside_scope",
    }
}

fn circumstances_key(circumstances: Circumstances) -> &'static str {
    match circumstances {
        Circumstances::Ordinary => "ordinary",
        Circumstances::Mitigating => "mitigating",
        Circumstances::Aggravating => "aggravating",
        Circumstances::MitigatingAndAggravating => "both",
    }
}
