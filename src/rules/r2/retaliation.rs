//! R2 Art. 9 and 12: the handler who records truthfully is protected, and retaliation against them is referred
//! for discipline or prosecution.

use serde::{Deserialize, Serialize};

use super::actions::{ActionKind, RequiredAction, action_cites};
use super::cites::{R2_9, R2_12};
use crate::law::Cite;
use crate::rules::{Explanation, distinct_cites};

/// What was done to the handler who recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureAgainstRecorder {
    /// 免职.
    #[default]
    RemovalFromPost,
    /// 调离.
    Transfer,
    /// 辞退.
    Dismissal,
    /// 降级.
    Demotion,
    /// 撤职.
    RemovalFromOffice,
    /// 开除.
    Expulsion,
    /// 其他处分（警告、记过、记大过等）: Art. 9's list ends in 等处分.
    OtherSanction,
    /// 其他不利对待（刁难、考核压等、停止其办案等）: not a 处分, so outside Art. 9's list.
    OtherAdverseTreatment,
}

impl MeasureAgainstRecorder {
    /// Every measure, in the order a form lists them.
    pub const ALL: [MeasureAgainstRecorder; 8] = [
        MeasureAgainstRecorder::RemovalFromPost,
        MeasureAgainstRecorder::Transfer,
        MeasureAgainstRecorder::Dismissal,
        MeasureAgainstRecorder::Demotion,
        MeasureAgainstRecorder::RemovalFromOffice,
        MeasureAgainstRecorder::Expulsion,
        MeasureAgainstRecorder::OtherSanction,
        MeasureAgainstRecorder::OtherAdverseTreatment,
    ];

    /// The Chinese label, in Art. 9's words where it has them.
    pub fn label(self) -> &'static str {
        match self {
            MeasureAgainstRecorder::RemovalFromPost => "免职",
            MeasureAgainstRecorder::Transfer => "调离",
            MeasureAgainstRecorder::Dismissal => "辞退",
            MeasureAgainstRecorder::Demotion => "降级",
            MeasureAgainstRecorder::RemovalFromOffice => "撤职",
            MeasureAgainstRecorder::Expulsion => "开除",
            MeasureAgainstRecorder::OtherSanction => "其他处分（警告、记过、记大过等）",
            MeasureAgainstRecorder::OtherAdverseTreatment => "其他不利对待（刁难、考核压等、停止其办案等）",
        }
    }

    /// Whether Art. 9's third sentence (免职、调离、辞退或者给予降级、撤职、开除等处分) covers the measure.
    pub fn listed_in_article_9(self) -> bool {
        self != MeasureAgainstRecorder::OtherAdverseTreatment
    }
}

/// The facts about one measure taken against a handler who recorded interference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RetaliationFacts {
    /// What was done.
    pub measure: MeasureAgainstRecorder,
    /// Whether it rests on a 法定事由.
    pub legal_ground: bool,
    /// Whether it went through the 法定程序.
    pub legal_procedure: bool,
    /// Whether it was taken because the handler truthfully recorded interference.
    pub because_of_truthful_record: bool,
}

/// The finding on a measure against a recorder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RetaliationVerdict {
    /// 打击报复: taken because of the truthful record (Art. 9, 12).
    Retaliation,
    /// 违反第九条: a listed measure without 法定事由 or 法定程序, not (yet) shown to be retaliation.
    MeasureWithoutLawfulBasis,
    /// 未发现违反第九条、第十二条.
    NoViolation,
}

impl RetaliationVerdict {
    /// A one-line Chinese summary.
    pub fn label(self) -> &'static str {
        match self {
            RetaliationVerdict::Retaliation => "打击报复如实记录的办案人员",
            RetaliationVerdict::MeasureWithoutLawfulBasis => "措施缺乏法定事由或法定程序，违反第九条",
            RetaliationVerdict::NoViolation => "未发现违反第九条、第十二条",
        }
    }
}

/// The outcome for one measure against a recorder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetaliationOutcome {
    /// The finding.
    pub verdict: RetaliationVerdict,
    /// What must be done.
    pub actions: Vec<RequiredAction>,
    /// The reasoning.
    pub explanation: Explanation,
}

impl RetaliationOutcome {
    /// Every provision the outcome rests on, without repeats.
    pub fn cites(&self) -> Vec<Cite> {
        distinct_cites(self.explanation.cites().into_iter().chain(action_cites(&self.actions)))
    }
}

// 第九条 办案人员如实记录局机关内部人员干预、插手案件的情况，受法律和组织保护。局机关内部人员不得对办案人员打击报复。
// 办案人员非因法定事由，非经法定程序，不得被免职、调离、辞退或者给予降级、撤职、开除等处分。
// 第十二条 局机关内部人员对如实记录过问案件情况的办案人员进行打击报复的，依照《中国共产党纪律处分条例》、《行政机关
// 公务员处分条例》等规定移交纪检部门给予纪律处分；构成犯罪的，依法移交有关部门追究刑事责任。
/// Assesses one measure taken against a handler who recorded interference.
pub fn retaliation(facts: &RetaliationFacts) -> RetaliationOutcome {
    let mut why = Explanation::new();
    let measure = facts.measure.label();
    let lawful_basis = facts.legal_ground && facts.legal_procedure;
    if facts.measure.listed_in_article_9() {
        let ground = if facts.legal_ground { "有法定事由" } else { "无法定事由" };
        let procedure = if facts.legal_procedure { "经法定程序" } else { "未经法定程序" };
        let result = if lawful_basis {
            "两项同时具备，第九条第三句不禁止"
        } else {
            "第九条要求两项同时具备 → 不得作出"
        };
        why.step(format!("对办案人员{measure}：{ground}，{procedure} → {result}"), &[R2_9]);
    } else {
        why.step(
            format!("对办案人员{measure} → 不属于第九条所列免职、调离、辞退或降级、撤职、开除等处分，只受\"不得打击报复\"约束"),
            &[R2_9],
        );
    }

    let verdict = if facts.because_of_truthful_record {
        if lawful_basis {
            why.step(
                "该措施系因办案人员如实记录而采取 → 法定事由和程序只是第九条对处分的最低要求，不能使打击报复正当化（本工具的解释）",
                &[R2_9],
            );
        }
        why.step(
            "因办案人员如实记录过问案件情况而采取不利措施 → 属于打击报复，违反第九条\"局机关内部人员不得对办案人员打击报复\" → 第十二条：移交纪检部门给予纪律处分；构成犯罪的，依法移交有关部门追究刑事责任",
            &[R2_9, R2_12],
        );
        RetaliationVerdict::Retaliation
    } else if facts.measure.listed_in_article_9() && !lawful_basis {
        why.step(
            "未查明系因如实记录而采取 → 尚不能认定为第十二条的打击报复；但措施违反第九条，应予纠正；如查明与如实记录有关，即属第十二条",
            &[R2_9, R2_12],
        );
        RetaliationVerdict::MeasureWithoutLawfulBasis
    } else {
        why.step("非因如实记录而采取，且不违反第九条 → 不适用第十二条", &[R2_9, R2_12]);
        RetaliationVerdict::NoViolation
    };
    let basis = if verdict == RetaliationVerdict::Retaliation { R2_12 } else { R2_9 };
    why.step(format!("结论：{}", verdict.label()), &[basis]);

    let mut actions = Vec::new();
    match verdict {
        RetaliationVerdict::Retaliation => {
            actions.push(RequiredAction::new(
                ActionKind::ProtectRecorder,
                format!("撤销或纠正对办案人员的{measure}：如实记录的办案人员受法律和组织保护"),
                &[R2_9],
            ));
            actions.push(RequiredAction::new(
                ActionKind::ReferToDiscipline,
                "对打击报复的人员，依照《中国共产党纪律处分条例》《行政机关公务员处分条例》等规定移交纪检部门给予纪律处分",
                &[R2_12],
            ));
            actions.push(RequiredAction::new(
                ActionKind::ReferForProsecution,
                "构成犯罪的，依法移交有关部门追究刑事责任",
                &[R2_12],
            ));
        }
        RetaliationVerdict::MeasureWithoutLawfulBasis => actions.push(RequiredAction::new(
            ActionKind::ProtectRecorder,
            format!("纠正对办案人员的{measure}：非因法定事由、非经法定程序，不得作出"),
            &[R2_9],
        )),
        RetaliationVerdict::NoViolation => {}
    }
    RetaliationOutcome { verdict, actions, explanation: why }
}
