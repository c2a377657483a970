//! R2 Art. 13 (a handler who does not record) and Art. 9 and 12 (the recorder's protection).

use crate::quiz::expect::Expect;
use crate::quiz::scenario::FactsSpec::{NonRecording, Retaliation};
use crate::quiz::scenario::Spec;
use crate::rules::r2::HandlerSanction::*;
use crate::rules::r2::MeasureAgainstRecorder::*;
use crate::rules::r2::RecordingFailure::*;
use crate::rules::r2::RetaliationVerdict;
use crate::rules::r2::{NonRecordingFacts, RetaliationFacts};

/// The Art. 13, 9 and 12 scenarios.
pub static SPECS: &[Spec] = &[
    // 第十三条 办案人员不记录或者不如实记录局机关内部人员干预、插手案件情况的，予以警告、通报批评；两次以上不记录或者
    // 不如实记录的，依照《中国共产党纪律处分条例》等规定移交纪检部门给予纪律处分。主管领导授意不记录或者不如实记录的，
    // 依法依纪追究主管领导责任。
    Spec {
        id: "r2-13-01",
        title: "第一次未记录说情电话",
        near_miss: false,
        prose: "法治科抽查发现，承办人江某接到退休干部为当事人说情的电话后没有做任何记录。这是江某第一次被查实不记录。",
        facts: NonRecording(NonRecordingFacts {
            failure: NotRecorded,
            prior_findings: 0,
            supervisor_instructed: false,
        }),
        expect: Expect::NonRecording { handler: Some(WarningAndCriticism), supervisor_liable: false },
    },
    Spec {
        id: "r2-13-02",
        title: "第二次未记录",
        near_miss: true,
        prose: "承办人江某去年已因不记录干预情况被通报批评一次。今年法治科又查实，他对一名科长打探案情的情况没有记录。",
        facts: NonRecording(NonRecordingFacts {
            failure: NotRecorded,
            prior_findings: 1,
            supervisor_instructed: false,
        }),
        expect: Expect::NonRecording { handler: Some(DisciplinaryReferral), supervisor_liable: false },
    },
    Spec {
        id: "r2-13-03",
        title: "记录时隐去说情内容",
        near_miss: false,
        prose: "承办人欧阳某记录了副局长来电的时间和地点，却把通话内容写成“询问工作进展”，隐去了对方要求从轻处罚的内容。经查属实，此前从未被认定过类似问题。",
        facts: NonRecording(NonRecordingFacts {
            failure: NotTruthful,
            prior_findings: 0,
            supervisor_instructed: false,
        }),
        expect: Expect::NonRecording { handler: Some(WarningAndCriticism), supervisor_liable: false },
    },
    Spec {
        id: "r2-13-04",
        title: "中队长授意不记录",
        near_miss: false,
        prose: "承办人江某接到说情电话后本想记录，其主管领导（中队长）告诉他“这种事不用记”，江某便没有记录。这是江某第一次被查实不记录。",
        facts: NonRecording(NonRecordingFacts { failure: NotRecorded, prior_findings: 0, supervisor_instructed: true }),
        expect: Expect::NonRecording { handler: Some(WarningAndCriticism), supervisor_liable: true },
    },
    Spec {
        id: "r2-13-05",
        title: "第三次不如实记录，且受领导授意",
        near_miss: false,
        prose: "承办人欧阳某此前已两次被认定不如实记录。这一次，他在主管领导授意下，又把一次说情记录成“正常咨询”。",
        facts: NonRecording(NonRecordingFacts { failure: NotTruthful, prior_findings: 2, supervisor_instructed: true }),
        expect: Expect::NonRecording { handler: Some(DisciplinaryReferral), supervisor_liable: true },
    },
    Spec {
        id: "r2-13-06",
        title: "先不记录、后又不如实记录",
        near_miss: true,
        prose: "承办人江某曾因不记录被警告一次。这次他虽然做了记录，但记录内容与事实不符，经查属实。",
        facts: NonRecording(NonRecordingFacts {
            failure: NotTruthful,
            prior_findings: 1,
            supervisor_instructed: false,
        }),
        expect: Expect::NonRecording { handler: Some(DisciplinaryReferral), supervisor_liable: false },
    },
    // 第九条 办案人员如实记录局机关内部人员干预、插手案件的情况，受法律和组织保护。局机关内部人员不得对办案人员打击
    // 报复。办案人员非因法定事由，非经法定程序，不得被免职、调离、辞退或者给予降级、撤职、开除等处分。
    // 第十二条 局机关内部人员对如实记录过问案件情况的办案人员进行打击报复的，依照……规定移交纪检部门给予纪律处分；构成
    // 犯罪的，依法移交有关部门追究刑事责任。
    Spec {
        id: "r2-09-01",
        title: "如实记录后被调离执法岗位",
        near_miss: false,
        prose: "承办人李某如实记录了副局长的说情电话并报告法治科。一个月后，副局长以“工作需要”为由将李某调离执法岗位。调查查明，调动正是因为这份记录。",
        facts: Retaliation(RetaliationFacts {
            measure: Transfer,
            legal_ground: false,
            legal_procedure: false,
            because_of_truthful_record: true,
        }),
        expect: Expect::Retaliation(RetaliationVerdict::Retaliation),
    },
    Spec {
        id: "r2-09-02",
        title: "未经程序给予降级",
        near_miss: true,
        prose: "承办人李某如实记录干预情况后不久被给予降级处分。处分未经法定程序作出，但调查尚未查明处分与那份记录有关。",
        facts: Retaliation(RetaliationFacts {
            measure: Demotion,
            legal_ground: true,
            legal_procedure: false,
            because_of_truthful_record: false,
        }),
        expect: Expect::Retaliation(RetaliationVerdict::MeasureWithoutLawfulBasis),
    },
    Spec {
        id: "r2-09-03",
        title: "按规定轮岗交流",
        near_miss: true,
        prose: "承办人李某在执法岗位已满五年，按照局里统一的轮岗交流规定，经局党组研究，调整到规划科工作。调查确认调整与其记录干预情况无关。",
        facts: Retaliation(RetaliationFacts {
            measure: Transfer,
            legal_ground: true,
            legal_procedure: true,
            because_of_truthful_record: false,
        }),
        expect: Expect::Retaliation(RetaliationVerdict::NoViolation),
    },
    Spec {
        id: "r2-09-04",
        title: "记录后年度考核被压等次",
        near_miss: false,
        prose: "承办人李某如实记录并报告了科长的说情。年底，科长在考核中无故把李某评为“基本称职”，并停止给他分派案件。查明此举是对那份记录的报复。",
        facts: Retaliation(RetaliationFacts {
            measure: OtherAdverseTreatment,
            legal_ground: false,
            legal_procedure: false,
            because_of_truthful_record: true,
        }),
        expect: Expect::Retaliation(RetaliationVerdict::Retaliation),
    },
];
