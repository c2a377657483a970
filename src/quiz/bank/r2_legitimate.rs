//! R2 Art. 7, 8 and 14: guidance, supervision, inquiries and a department's own lawful work procedure that are NOT
//! interference, each beside the near miss that is; and Art. 2: who is internal personnel at all.

use crate::quiz::expect::Expect;
use crate::quiz::scenario::{ContactSpec, FactsSpec::Contact, Spec};
use crate::rules::r2::Article10Item::*;
use crate::rules::r2::Conduct::*;
use crate::rules::r2::ContactMethod::*;
use crate::rules::r2::Doubt;
use crate::rules::r2::LegitimateGround::*;
use crate::rules::r2::PersonCategory::*;

const B: ContactSpec = ContactSpec::BLANK;

/// A person in post acting within their authority, for their duty, through procedure.
const DUTY: ContactSpec =
    ContactSpec { within_authority: true, for_official_duty: true, through_procedure: true, ..ContactSpec::BLANK };

/// The Art. 7, 8, 14 and Art. 2 scenarios.
pub static SPECS: &[Spec] = &[
    // 第七条 局机关领导干部和上级机关工作人员因履行领导、监督职责，需要对正在办理的案件提出指导性意见的，应当依照程序
    // 以书面形式提出，口头提出的，由办案人员记录在案。
    Spec {
        id: "r2-07-01",
        title: "分管副局长书面提出指导意见",
        near_miss: false,
        prose: "刘某某违法占地一案报请审批时，分管执法的副局长钱某某在审批表上书面提出意见：“请依法核实实际占地面积，准确适用《土地管理法》相关条款。”",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            conduct: &[SupervisoryGuidance],
            method: Written,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[GuidanceInWriting]),
    },
    Spec {
        id: "r2-07-02",
        title: "局长在案审会上口头要求补充证据",
        near_miss: false,
        prose: "在局案件审理委员会会议上，局长孙某某口头提出：“金岭矿业公司一案还应补充调取卫星影像比对。”承办人当场将该意见记入会议记录和案卷。",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            conduct: &[SupervisoryGuidance],
            recorded_by_handler: true,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[OralGuidanceRecorded]),
    },
    Spec {
        id: "r2-07-03",
        title: "局长口头要求补充证据，承办人没记",
        near_miss: true,
        prose: "局长孙某某在案件审理程序中打电话给承办人，提出金岭矿业公司一案“还应补充调取卫星影像比对”。承办人照办了，但没有把这次电话记录下来。",
        facts: Contact(ContactSpec { is_bureau_leader: true, conduct: &[SupervisoryGuidance], method: Phone, ..DUTY }),
        expect: Expect::AwaitingRecord(&[OralGuidanceRecorded]),
    },
    Spec {
        id: "r2-07-04",
        title: "副局长用微信提出指导意见，承办人截图存档",
        near_miss: true,
        prose: "分管副局长钱某某按审批程序审阅案卷后，通过微信向承办人提出“处罚决定书应写明复垦要求”。承办人将微信截图打印，附在记录后归入案卷。",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            conduct: &[SupervisoryGuidance],
            method: Message,
            recorded_by_handler: true,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[OralGuidanceRecorded]),
    },
    Spec {
        id: "r2-07-05",
        title: "局长在案审会上决定立案",
        near_miss: false,
        prose: "局案件审理委员会讨论恒远测绘公司超越资质等级测绘一事，局长孙某某当场口头决定“予以立案调查”。承办人将该决定记入会议记录。",
        facts: Contact(ContactSpec {
            is_bureau_leader: true,
            conduct: &[InstructCaseDecision],
            recorded_by_handler: true,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[OralGuidanceRecorded]),
    },
    Spec {
        id: "r2-07-06",
        title: "市局督察专员书面督办",
        near_miss: false,
        prose: "市规划和自然资源局执法监督处督察专员在专项督查中审阅了白岩砂石厂一案，以书面督办函提出“尽快依法作出处理决定并报送结果”。",
        facts: Contact(ContactSpec {
            category: SuperiorAgencyStaff,
            department_supervises_case: true,
            conduct: &[SupervisoryGuidance],
            method: Written,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[GuidanceInWriting, SupervisoryOpinionInWriting]),
    },
    Spec {
        id: "r2-07-07",
        title: "退休老领导写信“督办”",
        near_miss: true,
        prose: "已退休的原副局长周某某以“老领导”身份给执法支队写信，要求“加强对金岭矿业公司一案的督办，尽快结案”。他已不担任任何职务。",
        facts: Contact(ContactSpec {
            category: Retired,
            is_bureau_leader: true,
            conduct: &[SupervisoryGuidance],
            method: Written,
            ..B
        }),
        expect: Expect::Prohibited(&[OtherInterference]),
    },
    // 第十四条（一）对案件办理具有指导、管理、监督职能的部门，依法依规履行指导、检查、督办等职责，并书面提出指导性或
    // 纠正性意见的不应认定为干预、插手案件办理；
    Spec {
        id: "r2-14-01",
        title: "法治科案卷评查后书面纠正",
        near_miss: false,
        prose: "局法治科在年度案卷评查中发现鑫源公司一案处罚决定书引用条款有误，由科员杨某起草、经科室审核后，书面提出纠正意见送执法支队。",
        facts: Contact(ContactSpec {
            department_supervises_case: true,
            conduct: &[SupervisoryGuidance],
            method: Written,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[SupervisoryOpinionInWriting]),
    },
    Spec {
        id: "r2-14-02",
        title: "法治科科员电话提出纠正意见",
        near_miss: true,
        prose: "局法治科科员杨某在评查中发现鑫源公司一案引用条款有误，没有出具书面意见，而是直接打电话告诉承办人“应当改用另一条款”。",
        facts: Contact(ContactSpec {
            department_supervises_case: true,
            conduct: &[SupervisoryGuidance],
            method: Phone,
            ..DUTY
        }),
        expect: Expect::ForDetermination(&[Doubt::IrregularForm]),
    },
    Spec {
        id: "r2-14-03",
        title: "法治科聘用人员书面提出评查意见",
        near_miss: false,
        prose: "局法治科聘用的法律顾问助理许某（无正式编制）按评查工作程序，对刘某某违法占地一案书面提出“询问笔录缺少当事人签名，请补正”的意见。",
        facts: Contact(ContactSpec {
            category: ContractStaff,
            department_supervises_case: true,
            conduct: &[SupervisoryGuidance],
            method: Written,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[SupervisoryOpinionInWriting]),
    },
    // 第十四条（二）因履行职责需要，向办案机构或办案人员口头了解正在办理案件的有关情况，并按照正常工作程序进行，且办案
    // 机构或办案人员做好工作记录的不认定为干预、插手案件办理。
    Spec {
        id: "r2-14-04",
        title: "法治科统计案件进度",
        near_miss: false,
        prose: "局法治科科员杨某为编制季度执法统计报表，按统计工作程序打电话向承办人了解金岭矿业公司一案的办理进度。承办人在工作记录本上记下了通话情况。",
        facts: Contact(ContactSpec {
            department_supervises_case: true,
            conduct: &[InquireAboutCase],
            method: Phone,
            recorded_by_handler: true,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[RecordedWorkInquiry]),
    },
    Spec {
        id: "r2-14-05",
        title: "法治科统计案件进度，没做记录",
        near_miss: true,
        prose: "局法治科科员杨某为编制季度执法统计报表，按统计工作程序打电话向承办人了解金岭矿业公司一案的办理进度。承办人回答后没有做任何记录。",
        facts: Contact(ContactSpec {
            department_supervises_case: true,
            conduct: &[InquireAboutCase],
            method: Phone,
            ..DUTY
        }),
        expect: Expect::AwaitingRecord(&[RecordedWorkInquiry]),
    },
    Spec {
        id: "r2-14-06",
        title: "督查室私下打听案情细节",
        near_miss: true,
        prose: "局督查室工作人员宋某负责督办执法案件，但这次没有通过督办程序，而是下班后私下打电话向承办人询问鑫源公司一案的证据细节。",
        facts: Contact(ContactSpec {
            conduct: &[InquireAboutCase],
            method: Phone,
            within_authority: true,
            for_official_duty: true,
            ..B
        }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
    Spec {
        id: "r2-14-07",
        title: "市局执法监督处电话了解进展",
        near_miss: false,
        prose: "市规划和自然资源局执法监督处工作人员按挂牌督办工作程序打电话，向承办人了解白岩砂石厂一案的进展。承办人做了工作记录。",
        facts: Contact(ContactSpec {
            category: SuperiorAgencyStaff,
            department_supervises_case: true,
            conduct: &[InquireAboutCase],
            method: Phone,
            recorded_by_handler: true,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[RecordedWorkInquiry]),
    },
    // 第十四条 行政执法机关具体办案机构及办案人员应当区分执法公开、合法咨询、监督指导行为同非法干预、插手案件办理行为的
    // 区别：……
    // 第十条（二）超越职权私自向办案机构或办案人员提出案件定性处理意见或批转涉案材料的；
    Spec {
        id: "r2-14-08",
        title: "信访办按转办程序转交信访件",
        near_miss: false,
        prose: "局信访办收到群众反映鑫源公司未批先建的信访件，按信访事项转办程序，以转办单将信访件转交执法支队承办人。转办属于信访办的职责，经办人并非受当事人所托，也没有提出任何处理意见。",
        facts: Contact(ContactSpec { conduct: &[ForwardCaseMaterials], method: Written, ..DUTY }),
        expect: Expect::ForDetermination(&[Doubt::NotListed]),
    },
    Spec {
        id: "r2-14-09",
        title: "信访办经办人绕开转办程序私下转交",
        near_miss: true,
        prose: "局信访办经办人邱某收到群众反映鑫源公司未批先建的信访件后，没有登记、也没有出具转办单，而是自己把信访件复印后私下交给执法支队承办人，嘱咐“你们看着办”。邱某并非受当事人所托。",
        facts: Contact(ContactSpec {
            conduct: &[ForwardCaseMaterials],
            method: Written,
            through_procedure: false,
            ..DUTY
        }),
        expect: Expect::Prohibited(&[PrivateOpinionOrMaterials]),
    },
    // 第八条 其他执法机关的工作人员因履行法定职责需要，向办案人员了解正在办理的案件有关情况的，应当依照法律程序或者工作
    // 程序进行。
    Spec {
        id: "r2-08-01",
        title: "公安分局发协查函了解非法采矿案",
        near_miss: false,
        prose: "区公安分局侦办一起涉嫌非法采矿罪的案件，由民警持协查函到局执法支队，了解白岩砂石厂行政处罚案件的调查情况。",
        facts: Contact(ContactSpec {
            category: OtherAgencyStaff,
            conduct: &[InquireAboutCase],
            method: Written,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[OtherAgencyThroughProcedure]),
    },
    Spec {
        id: "r2-08-02",
        title: "民警私下打电话了解案情",
        near_miss: true,
        prose: "区公安分局民警许某为侦办一起涉嫌非法采矿罪的案件，没有出具协查函，直接私下打电话向承办人了解白岩砂石厂一案的证据情况。",
        facts: Contact(ContactSpec {
            category: OtherAgencyStaff,
            conduct: &[InquireAboutCase],
            method: Phone,
            within_authority: true,
            for_official_duty: true,
            ..B
        }),
        expect: Expect::FollowProcedure,
    },
    Spec {
        id: "r2-08-03",
        title: "林业局依程序移送案件材料",
        near_miss: false,
        prose: "区林业局在巡查中发现金岭矿业公司占用林地采矿，按案件移送程序，以移送函将现场勘验材料移送本局执法支队。",
        facts: Contact(ContactSpec {
            category: OtherAgencyStaff,
            conduct: &[ForwardCaseMaterials],
            method: Written,
            ..DUTY
        }),
        expect: Expect::Legitimate(&[OtherAgencyThroughProcedure]),
    },
    Spec {
        id: "r2-08-04",
        title: "林业局工作人员私下送来材料",
        near_miss: true,
        prose: "区林业局工作人员邓某为配合执法，没有办理移送手续，私下把一叠现场照片交给承办人，说“你们用得上”。邓某并非受当事人所托。",
        facts: Contact(ContactSpec {
            category: OtherAgencyStaff,
            conduct: &[ForwardCaseMaterials],
            within_authority: true,
            for_official_duty: true,
            ..B
        }),
        expect: Expect::FollowProcedure,
    },
    // 第二条 行政执法机关内部人员是指在行政执法机关工作的人员或曾经工作的人员。其主要包括：正式在编在岗的工作人员、无
    // 正式编制的聘用人员以及已经离退休的人员。
    Spec {
        id: "r2-02-01",
        title: "当事人的律师说情",
        near_miss: true,
        prose: "刘某某委托的律师到执法支队，请求承办人“考虑当事人实际困难，从轻处罚”。该律师从未在任何行政执法机关工作。",
        facts: Contact(ContactSpec { category: Outsider, conduct: &[PleadForParty], ..B }),
        expect: Expect::NotInternal,
    },
    Spec {
        id: "r2-02-02",
        title: "当事人的哥哥打听案情",
        near_miss: true,
        prose: "白岩砂石厂老板的哥哥（中学教师，从未在行政机关工作）打电话给承办人，打听“这次要罚多少钱”。",
        facts: Contact(ContactSpec {
            category: Outsider,
            conduct: &[InquireAboutCase],
            method: Phone,
            on_behalf_of_party: true,
            ..B
        }),
        expect: Expect::NotInternal,
    },
    Spec {
        id: "r2-02-03",
        title: "已调离的原同事说情",
        near_miss: false,
        prose: "三年前从本局调到区水利局的原执法队员罗某，当面找到承办人为鑫源公司说情。",
        facts: Contact(ContactSpec { category: FormerStaff, conduct: &[PleadForParty], ..B }),
        expect: Expect::Prohibited(&[PleadingOrPrying]),
    },
];
