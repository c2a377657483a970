//! R2 Art. 10: the conduct that is 违反规定干预办案, item by item, with near misses where form or rank is not enough.

use crate::quiz::expect::Expect;
use crate::quiz::scenario::{ContactSpec, FactsSpec::Contact, Spec};
use crate::rules::r2::Article10Item::*;
use crate::rules::r2::Conduct::*;
use crate::rules::r2::ContactMethod::*;
use crate::rules::r2::LegitimateGround::OralGuidanceRecorded;
use crate::rules::r2::PersonCategory::*;

const B: ContactSpec = ContactSpec::BLANK;

/// The Art. 10 scenarios.
pub static SPECS: &[Spec] = &[
    // 第十条（一）超越职权下达不符合法律规定的立案、撤销案件、终止调查、变更行政强制措施、降格或者升格行政处罚等指示的；
    Spec {
        id: "r2-10-01",
        title: "办公室主任要求“先撤案”",
        near_miss: false,
        prose: "执法支队正在办理鑫源房地产开发公司未取得建设工程规划许可证擅自开工一案。局办公室主任赵某某（分管后勤，对执法工作没有领导职责）当面找到承办人，要求“这个案子先撤了，等项目补办手续再说”。",
        facts: Contact(ContactSpec { conduct: &[InstructCaseDecision], ..B }),
        expect: Expect::Prohibited(&[InstructionBeyondAuthority]),
    },
    Spec {
        id: "r2-10-02",
        title: "副局长电话要求罚款降到法定下限以下",
        near_miss: false,
        prose: "白岩砂石厂无证开采河砂一案拟处罚款二十万元。分管执法的副局长钱某某打电话给承办人，要求把罚款“降到五万元”，低于法定罚款下限，也未经集体讨论。",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            conduct: &[InstructCaseDecision],
            method: Phone,
            for_official_duty: true,
            ..B
        }),
        expect: Expect::Prohibited(&[InstructionBeyondAuthority]),
    },
    Spec {
        id: "r2-10-03",
        title: "在求情信上批示“终止调查”",
        near_miss: true,
        prose: "青杠镇柳湾村村民刘某某违法占用耕地建房一案调查期间，副局长孙某在一封转来的求情信上批示“请执法支队终止调查”，批示未说明任何法律依据，也未经案件审理程序。",
        facts: Contact(ContactSpec { is_bureau_leader: true, conduct: &[InstructCaseDecision], method: Written, ..B }),
        expect: Expect::Prohibited(&[InstructionBeyondAuthority]),
    },
    // 第十条（二）超越职权私自向办案机构或办案人员提出案件定性处理意见或批转涉案材料的；
    Spec {
        id: "r2-10-04",
        title: "退休老局长提出定性意见",
        near_miss: true,
        prose: "已退休的原局长周某某听说白岩砂石厂被立案查处，打电话给承办人说：“定性为非法采矿太重了，我看按超范围采砂处理就行。”他没有提到是否受人所托。",
        facts: Contact(ContactSpec {
            category: Retired,
            is_bureau_leader: true,
            conduct: &[OpinionOnDisposition],
            method: Phone,
            ..B
        }),
        expect: Expect::Prohibited(&[PrivateOpinionOrMaterials]),
    },
    Spec {
        id: "r2-10-05",
        title: "规划科科长批转材料并提出认定意见",
        near_miss: false,
        prose: "规划科科长吴某（规划科对执法案件没有指导、监督职能）把一份设计单位出具的面积测算材料批转给承办人，附言“请按此材料认定超建面积”。这份材料并非当事人委托其转交。",
        facts: Contact(ContactSpec { conduct: &[OpinionOnDisposition, ForwardCaseMaterials], method: Written, ..B }),
        expect: Expect::Prohibited(&[PrivateOpinionOrMaterials]),
    },
    // 第十条（三）要求办案机构或办案人员违法登记保存证据或者违法处置涉案财物的；
    Spec {
        id: "r2-10-06",
        title: "要求把暂扣的挖掘机先还回去",
        near_miss: false,
        prose: "执法支队另一中队的副队长郑某（不承办本案）找到承办人，要求把白岩砂石厂被依法暂扣的两台挖掘机“先还给他们，手续以后再补”。",
        facts: Contact(ContactSpec { conduct: &[DemandEvidenceOrPropertyHandling], ..B }),
        expect: Expect::Prohibited(&[UnlawfulEvidenceOrProperty]),
    },
    Spec {
        id: "r2-10-07",
        title: "副局长书面批示把登记保存的设备交当事人使用",
        near_miss: true,
        prose: "金岭矿业公司无证开采一案中，执法人员对采矿设备先行登记保存。分管副局长王某某以书面批示要求“设备交由当事人自行保管、继续使用”，该处置方式没有法律依据。",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            conduct: &[DemandEvidenceOrPropertyHandling],
            method: Written,
            for_official_duty: true,
            ..B
        }),
        expect: Expect::Prohibited(&[UnlawfulEvidenceOrProperty]),
    },
    // 第十条（四）向办案机构负责人或办案人员提出私下会见案件当事人、当事人近亲属、代理人及其他与案件有利害关系人员的；
    Spec {
        id: "r2-10-08",
        title: "邀请承办人周末和当事人一起吃饭",
        near_miss: false,
        prose: "不动产登记中心工作人员冯某（在编）邀请承办人周末一起吃饭，说刘某某也会来，“大家见个面，把违法建房的事说开”。",
        facts: Contact(ContactSpec { conduct: &[ProposePrivateMeeting], ..B }),
        expect: Expect::Prohibited(&[PrivateMeeting]),
    },
    Spec {
        id: "r2-10-09",
        title: "退休干部提出带当事人儿子上门",
        near_miss: false,
        prose: "已退休的原执法大队队长陈某某打电话给承办人，提出晚上带刘某某的儿子到承办人家里“坐一坐”。",
        facts: Contact(ContactSpec { category: Retired, conduct: &[ProposePrivateMeeting], method: Phone, ..B }),
        expect: Expect::Prohibited(&[PrivateMeeting]),
    },
    // 第十条（五）本人或者授意身边工作人员、近亲属等关系人为当事人请托、说情或违反规定打探案情、通风报信的；
    Spec {
        id: "r2-10-10",
        title: "退休副局长电话说情",
        near_miss: false,
        prose: "已退休的原副局长周某某打电话给承办人李某，称刘某某是他远房亲戚，请李某“手下留情，罚款能少就少”。李某当即记录了通话时间和内容。",
        facts: Contact(ContactSpec {
            category: Retired,
            is_bureau_leader: true,
            conduct: &[PleadForParty],
            method: Phone,
            recorded_by_handler: true,
            ..B
        }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-10-11",
        title: "副局长让司机转告“关照一下”",
        near_miss: false,
        prose: "副局长钱某某没有亲自出面，而是让自己的驾驶员转告承办人：“鑫源公司的老板是钱局的老同学，关照一下。”",
        facts: Contact(ContactSpec { is_bureau_leader: true, conduct: &[PleadForParty], method: Intermediary, ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-10-12",
        title: "财务科科员出于好奇打听罚款金额",
        near_miss: true,
        prose: "局财务科科员黄某（在编）与本案无任何工作关系，出于好奇多次在食堂向承办人打听金岭矿业公司一案“准备罚多少”。没有证据表明其受当事人所托。",
        facts: Contact(ContactSpec { conduct: &[InquireAboutCase], ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-10-13",
        title: "透露联合检查时间",
        near_miss: false,
        prose: "执法支队另一中队队员唐某得知次日将对白岩砂石厂开展联合执法检查，自行把检查时间透露给了砂石厂老板。事后查明并无人托他打听。",
        facts: Contact(ContactSpec { conduct: &[LeakInformation], ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-10-14",
        title: "聘用协管员替亲戚求情",
        near_miss: false,
        prose: "执法支队聘用的协管员马某（无正式编制）找到承办人，替其表哥——正在接受违法占地调查的当事人——求情，“看在我的面子上从轻处理”。",
        facts: Contact(ContactSpec { category: ContractStaff, conduct: &[PleadForParty], ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-10-15",
        title: "市局工作人员电话说情",
        near_miss: true,
        prose: "市规划和自然资源局某处室工作人员胡某打电话给承办人，为白岩砂石厂说情，称“企业不容易，罚款意思一下就行”。胡某并无督办本案的职责。",
        facts: Contact(ContactSpec { category: SuperiorAgencyStaff, conduct: &[PleadForParty], method: Phone, ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-10-16",
        title: "区公安分局民警说情",
        near_miss: true,
        prose: "区公安分局民警许某与刘某某是同村人，他当面找到承办人，为刘某某违法建房一事说情。此事与许某的职责无关。",
        facts: Contact(ContactSpec { category: OtherAgencyStaff, conduct: &[PleadForParty], ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    // 第十条（六）违反规定为案件当事人或其亲属转递涉案材料及为案件当事人或其亲属打探案情、通风报信的；
    Spec {
        id: "r2-10-17",
        title: "聘用人员替当事人转交陈述材料",
        near_miss: false,
        prose: "局机关聘用的驾驶员何某受鑫源公司老板之托，把公司写的一份“情况说明及从轻处理申请”直接放到承办人桌上，让其“参考一下”。",
        facts: Contact(ContactSpec {
            category: ContractStaff,
            conduct: &[ForwardCaseMaterials],
            method: Written,
            on_behalf_of_party: true,
            ..B
        }),
        expect: Expect::Prohibited(&[ActingForParty]),
    },
    Spec {
        id: "r2-10-18",
        title: "调离的原队员受当事人儿子之托打听",
        near_miss: false,
        prose: "已调到区住建委工作的原执法队员罗某受刘某某儿子之托，打电话向承办人打听“房子会不会被强拆、什么时候拆”。",
        facts: Contact(ContactSpec {
            category: FormerStaff,
            conduct: &[InquireAboutCase],
            method: Phone,
            on_behalf_of_party: true,
            ..B
        }),
        expect: Expect::Prohibited(&[ActingForParty]),
    },
    Spec {
        id: "r2-10-19",
        title: "受托后让妻子去打探案情",
        near_miss: false,
        prose: "局综合科科长谢某受金岭矿业公司老板之托，自己不便出面，便让妻子（与承办人是邻居）去向承办人打听调查进展。",
        facts: Contact(ContactSpec {
            conduct: &[InquireAboutCase],
            method: Intermediary,
            on_behalf_of_party: true,
            ..B
        }),
        expect: Expect::Prohibited(&[PleadingOrPrying, ActingForParty]),
    },
    Spec {
        id: "r2-10-20",
        title: "区市场监管局工作人员受托打听进展",
        near_miss: true,
        prose: "区市场监督管理局工作人员邓某受白岩砂石厂老板之托，打电话问承办人案件办到了哪一步。邓某所在单位与本案没有任何协作事项。",
        facts: Contact(ContactSpec {
            category: OtherAgencyStaff,
            conduct: &[InquireAboutCase],
            method: Phone,
            on_behalf_of_party: true,
            ..B
        }),
        expect: Expect::Prohibited(&[ActingForParty]),
    },
    // 第十条（七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为。
    Spec {
        id: "r2-10-21",
        title: "在全局大会上点名施压",
        near_miss: false,
        prose: "局工会主席韩某在全局大会上点名批评承办人“办案太死板、影响营商环境”，并要求其会后“好好反思金岭矿业公司一案的处理”。韩某对执法工作没有领导职责。",
        facts: Contact(ContactSpec { conduct: &[OtherInfluence], ..B }),
        expect: Expect::Prohibited(&[OtherInterference]),
    },
    Spec {
        id: "r2-10-22",
        title: "分管副局长走廊里口头要求从轻",
        near_miss: true,
        prose: "分管执法的副局长钱某某在走廊里碰到承办人，口头要求“鑫源公司的案子从轻处理”。此意见属其分管范围，但未经案件审理程序，也没有形成书面意见，承办人事后也未记录。",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            within_authority: true,
            conduct: &[OpinionOnDisposition],
            for_official_duty: true,
            ..B
        }),
        expect: Expect::AwaitingRecord(&[OralGuidanceRecorded]),
    },
    Spec {
        id: "r2-10-23",
        title: "要求撤案并替当事人求情",
        near_miss: false,
        prose: "局信息中心主任卢某当面要求承办人撤销对刘某某违法占地的立案，并说“他家困难，你就帮帮忙”。卢某对执法工作没有任何职权。",
        facts: Contact(ContactSpec { conduct: &[InstructCaseDecision, PleadForParty], ..B }),
        expect: Expect::Prohibited(&[InstructionBeyondAuthority, PleadingOrPrying]),
    },
];
