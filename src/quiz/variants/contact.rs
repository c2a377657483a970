//! The contact template (R2): someone asks something about a case in some form, for some reason, and the handler
//! records it or not.

use super::{Filled, Slot, draw};
use crate::quiz::rng::Rng;
use crate::rules::Case;
use crate::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// Who the person is.
#[derive(Debug, Clone, Copy)]
struct Who {
    category: PersonCategory,
    leader: bool,
    supervises: bool,
}

const fn who(category: PersonCategory, leader: bool, supervises: bool) -> Who {
    Who { category, leader, supervises }
}

const PEOPLE: [Slot<Who>; 11] = [
    Slot {
        prose: "已退休的原副局长周某某", short: "退休副局长", value: who(PersonCategory::Retired, true, false)
    },
    Slot {
        prose: "局机关聘用的驾驶员何某（无正式编制）",
        short: "聘用人员",
        value: who(PersonCategory::ContractStaff, false, false),
    },
    Slot {
        prose: "当事人委托的律师", short: "当事人的律师", value: who(PersonCategory::Outsider, false, false)
    },
    Slot {
        prose: "当事人的弟弟（个体户）",
        short: "当事人的近亲属",
        value: who(PersonCategory::Outsider, false, false),
    },
    Slot {
        prose: "市规划和自然资源局执法监督处的督察专员",
        short: "上级督察",
        value: who(PersonCategory::SuperiorAgencyStaff, false, true),
    },
    Slot {
        prose: "市规划和自然资源局某业务处室的工作人员",
        short: "上级机关工作人员",
        value: who(PersonCategory::SuperiorAgencyStaff, false, false),
    },
    Slot {
        prose: "区公安分局的一名民警",
        short: "公安民警",
        value: who(PersonCategory::OtherAgencyStaff, false, false),
    },
    Slot {
        prose: "局法治科科员杨某", short: "法治科科员", value: who(PersonCategory::CurrentStaff, false, true)
    },
    Slot {
        prose: "分管执法的副局长钱某某",
        short: "分管副局长",
        value: who(PersonCategory::CurrentStaff, true, false),
    },
    Slot {
        prose: "局办公室科员黄某", short: "办公室科员", value: who(PersonCategory::CurrentStaff, false, false)
    },
    Slot {
        prose: "三年前调离本局的原执法队员罗某",
        short: "调离的原同事",
        value: who(PersonCategory::FormerStaff, false, false),
    },
];

const METHODS: [Slot<ContactMethod>; 5] = [
    Slot { prose: "当面找到承办人", short: "当面", value: ContactMethod::InPerson },
    Slot { prose: "打电话给承办人", short: "电话", value: ContactMethod::Phone },
    Slot { prose: "以书面函件致执法支队", short: "书面", value: ContactMethod::Written },
    Slot { prose: "通过微信给承办人发消息", short: "微信", value: ContactMethod::Message },
    Slot { prose: "托身边工作人员转告承办人", short: "托人转告", value: ContactMethod::Intermediary },
];

/// What was asked, and whether it can be part of someone's duty.
#[derive(Debug, Clone, Copy)]
struct Ask {
    conduct: Conduct,
    may_be_duty: bool,
}

const ASKS: [Slot<Ask>; 8] = [
    Slot {
        prose: "询问案件办到了哪一步、证据情况如何",
        short: "了解案情",
        value: Ask { conduct: Conduct::InquireAboutCase, may_be_duty: true },
    },
    Slot {
        prose: "请求对当事人“高抬贵手，从轻处理”",
        short: "说情",
        value: Ask { conduct: Conduct::PleadForParty, may_be_duty: false },
    },
    Slot {
        prose: "要求“撤销立案、终止调查”",
        short: "要求撤案",
        value: Ask { conduct: Conduct::InstructCaseDecision, may_be_duty: true },
    },
    Slot {
        prose: "提出“此案应按一般违法情节定性处理”的意见",
        short: "定性意见",
        value: Ask { conduct: Conduct::OpinionOnDisposition, may_be_duty: true },
    },
    Slot {
        prose: "转交了一份与本案有关的材料",
        short: "转交材料",
        value: Ask { conduct: Conduct::ForwardCaseMaterials, may_be_duty: true },
    },
    Slot {
        prose: "要求把依法暂扣的涉案设备先退还当事人",
        short: "要求退还暂扣设备",
        value: Ask { conduct: Conduct::DemandEvidenceOrPropertyHandling, may_be_duty: false },
    },
    Slot {
        prose: "提议找个时间与当事人私下见一面",
        short: "提议私下会见",
        value: Ask { conduct: Conduct::ProposePrivateMeeting, may_be_duty: false },
    },
    Slot {
        prose: "指出案卷中存在的问题并提出纠正意见",
        short: "纠正意见",
        value: Ask { conduct: Conduct::SupervisoryGuidance, may_be_duty: true },
    },
];

/// Why and how the person acted.
#[derive(Debug, Clone, Copy)]
struct Reason {
    within_authority: bool,
    for_duty: bool,
    through_procedure: bool,
    on_behalf_of_party: bool,
}

const fn reason(within_authority: bool, for_duty: bool, through_procedure: bool, on_behalf_of_party: bool) -> Reason {
    Reason { within_authority, for_duty, through_procedure, on_behalf_of_party }
}

/// Reasons for a person in post whose request can be part of a duty.
const DUTY_REASONS: [Slot<Reason>; 4] = [
    Slot {
        prose: "此事属其职责范围，并按正常工作程序进行",
        short: "依职责依程序",
        value: reason(true, true, true, false),
    },
    Slot {
        prose: "此事属其职责范围，但未按工作程序，系私下进行",
        short: "未依程序",
        value: reason(true, true, false, false),
    },
    Slot {
        prose: "此事与其职责无关，也未经任何程序", short: "无职责", value: reason(false, false, false, false)
    },
    Slot {
        prose: "事后查明，其系受当事人之托", short: "受托", value: reason(false, false, false, true)
    },
];

/// Reasons for a person in post whose request is never part of a duty.
const PRIVATE_REASONS: [Slot<Reason>; 2] = [
    Slot {
        prose: "此事与其职责无关，也未经任何程序", short: "无职责", value: reason(false, false, false, false)
    },
    Slot {
        prose: "事后查明，其系受当事人之托", short: "受托", value: reason(false, false, false, true)
    },
];

/// Reasons for a retired or departed person.
const DEPARTED_REASONS: [Slot<Reason>; 2] = [
    Slot { prose: "此事与其现在的工作无关", short: "无职责", value: reason(false, false, false, false) },
    Slot {
        prose: "事后查明，其系受当事人之托", short: "受托", value: reason(false, false, false, true)
    },
];

/// Reasons for an outsider.
const OUTSIDER_REASONS: [Slot<Reason>; 2] = [
    Slot { prose: "其系代表当事人出面", short: "代表当事人", value: reason(false, false, false, true) },
    Slot {
        prose: "其系出于私人关系主动过问", short: "私人关系", value: reason(false, false, false, false)
    },
];

const RECORDS: [Slot<bool>; 2] = [
    Slot { prose: "承办人当即将此事记录在案。", short: "已记录", value: true },
    Slot { prose: "承办人没有做记录。", short: "未记录", value: false },
];

const CASES: [Slot<()>; 6] = [
    Slot { prose: "青杠镇柳湾村村民刘某某违法占用耕地建房", short: "违法占地", value: () },
    Slot { prose: "白岩砂石厂无证开采河砂", short: "无证开采", value: () },
    Slot {
        prose: "鑫源房地产开发公司未取得建设工程规划许可证擅自开工", short: "未批先建", value: ()
    },
    Slot { prose: "恒远测绘公司超越资质等级从事测绘活动", short: "测绘违法", value: () },
    Slot { prose: "金岭矿业公司未履行土地复垦义务", short: "土地复垦", value: () },
    Slot { prose: "某申请人提供虚假材料申请不动产登记", short: "不动产登记", value: () },
];

/// Fills the contact template.
pub(super) fn fill(rng: &mut Rng) -> Filled {
    let case = draw(rng, &CASES);
    let person = draw(rng, &PEOPLE);
    let method = draw(rng, &METHODS);
    let ask = draw(rng, &ASKS);
    let category = person.value.category;
    let reason = if category == PersonCategory::Outsider {
        draw(rng, &OUTSIDER_REASONS)
    } else if !category.in_post() {
        draw(rng, &DEPARTED_REASONS)
    } else if ask.value.may_be_duty {
        draw(rng, &DUTY_REASONS)
    } else {
        draw(rng, &PRIVATE_REASONS)
    };
    let record = draw(rng, &RECORDS);
    let facts = InterferenceFacts {
        category,
        is_bureau_leader: person.value.leader,
        department_supervises_case: person.value.supervises,
        within_authority: reason.value.within_authority,
        conduct: vec![ask.value.conduct],
        method: method.value,
        for_official_duty: reason.value.for_duty,
        through_procedure: reason.value.through_procedure,
        on_behalf_of_party: reason.value.on_behalf_of_party,
        recorded_by_handler: record.value,
        unknown: Vec::new(),
    };
    Filled {
        detail: format!("{}{}{}（{}）", person.short, method.short, ask.short, case.short),
        prose: format!(
            "{}一案正在办理中。{}{}，{}。{}。{}",
            case.prose, person.prose, method.prose, ask.prose, reason.prose, record.prose
        ),
        facts: Case::described(facts),
    }
}
