//! What the bureau should do next, from R1 Art. 3, 7, 10 and 12 (who investigates, who proposes, who decides, the
//! officer's rights).

use serde::{Deserialize, Serialize};

use super::cites::{R1_3, R1_4_2, R1_5, R1_7, R1_10_2, R1_10_3, R1_12};
use crate::law::Cite;

/// One procedural step the outcome calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Investigate and verify the reported ground (Art. 3, Art. 10(2), Art. 4 item 2).
    InvestigateAndVerify,
    /// Wait for the decisive conclusion (e.g. 终审判决) and assess again (Art. 5).
    AwaitFinalOutcome,
    /// 法治科 proposes how to deal with the responsible officer (Art. 7).
    ProposeHandling,
    /// The leadership decides collectively (Art. 10(3)).
    CollectiveDecision,
    /// Suspected breach of discipline or law: report to the competent authorities (Art. 10(3)).
    ReportSuspectedViolation,
    /// Tell the officer of the right to state a defence and to complain (Art. 12).
    InformOfRights,
}

impl Action {
    /// Every action, in procedural order.
    pub const ALL: [Action; 6] = [
        Action::InvestigateAndVerify,
        Action::AwaitFinalOutcome,
        Action::ProposeHandling,
        Action::CollectiveDecision,
        Action::ReportSuspectedViolation,
        Action::InformOfRights,
    ];

    /// Chinese label, naming the responsible department.
    pub fn label(self) -> &'static str {
        match self {
            // 第三条 行政执法错案责任追究机关是区规划和自然资源局。局党群科、法治科具体承担行政执法错案责任的调查、认定和追究职责。
            // 第十条（二）调查。局法治科受理案件后，应当及时报局主要负责人，由局主要负责人指派人员及时组成调查组展开调查……
            Action::InvestigateAndVerify => {
                "调查核实：局法治科及时报局主要负责人，由其指派人员组成调查组调查（局党群科、法治科具体承担调查、认定职责），重证据、重调查研究"
            }
            // 第五条 以下案件，经调查属实的，界定为错案：……
            Action::AwaitFinalOutcome => "待终局结论（如终审判决、复议决定、审查或调查结论）作出后重新评估",
            // 第七条 局法治科……对我局行政执法错案责任机构和责任人依法提出处理建议……
            Action::ProposeHandling => "由局法治科对错案责任人依法提出处理建议",
            // 第十条（三）追究。根据调查结果，认定错案性质、责任人后，经机关领导集体讨论后及时做出处理决定……
            Action::CollectiveDecision => "经机关领导集体讨论后及时作出处理决定",
            // 第十条（三）……如涉嫌违纪违法及时向有关部门报告。
            Action::ReportSuspectedViolation => "涉嫌违纪违法的，及时向有关部门报告",
            // 第十二条 被追究人员对处理事实、决定不服的，可以可以进行陈述和申辩，也可以按照有关规定向区行政执法监督部门或区纪检监察部门提出申诉。
            Action::InformOfRights => {
                "告知被追究人员：对处理事实、决定不服的，可以进行陈述和申辩，也可以按照有关规定向区行政执法监督部门或区纪检监察部门提出申诉"
            }
        }
    }

    /// The provisions the action rests on.
    pub fn cites(self) -> &'static [Cite] {
        match self {
            Action::InvestigateAndVerify => &[R1_3, R1_10_2, R1_4_2],
            Action::AwaitFinalOutcome => &[R1_5],
            Action::ProposeHandling => &[R1_7],
            Action::CollectiveDecision | Action::ReportSuspectedViolation => &[R1_10_3],
            Action::InformOfRights => &[R1_12],
        }
    }
}
