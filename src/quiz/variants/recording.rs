//! The recording templates (R2 Art. 13, 9, 12): a handler who did not record, and a handler who recorded and was
//! then moved, demoted or otherwise treated.

use super::{Filled, Slot, draw};
use crate::quiz::rng::Rng;
use crate::rules::Case;
use crate::rules::r2::{MeasureAgainstRecorder, NonRecordingFacts, RecordingFailure, RetaliationFacts};

const NAMES: [&str; 4] = ["江某", "欧阳某", "李某", "田某"];

const INTERFERENCES: [Slot<()>; 4] = [
    Slot { prose: "一名退休干部为当事人说情的电话", short: "说情电话", value: () },
    Slot { prose: "一名科长打探案情的情况", short: "打探案情", value: () },
    Slot { prose: "副局长在走廊里提出从轻处理的要求", short: "口头要求从轻", value: () },
    Slot { prose: "一名同事替当事人转交材料的情况", short: "转交材料", value: () },
];

const FAILURES: [Slot<RecordingFailure>; 2] = [
    Slot { prose: "没有做任何记录", short: "不记录", value: RecordingFailure::NotRecorded },
    Slot {
        prose: "做了记录，但隐去了关键内容，记录与事实不符",
        short: "不如实记录",
        value: RecordingFailure::NotTruthful,
    },
];

const PRIORS: [Slot<u32>; 3] = [
    Slot { prose: "此前从未被认定过不记录或不如实记录", short: "首次", value: 0 },
    Slot { prose: "此前已被认定过一次不记录", short: "第二次", value: 1 },
    Slot { prose: "此前已被认定过两次不如实记录", short: "第三次", value: 2 },
];

const INSTRUCTIONS: [Slot<bool>; 2] = [
    Slot { prose: "这是其主管领导授意的", short: "领导授意", value: true },
    Slot { prose: "没有人授意，是其本人的决定", short: "无人授意", value: false },
];

/// Fills the non-recording template (Art. 13).
pub(super) fn fill_non_recording(rng: &mut Rng) -> Filled {
    let name = NAMES[rng.below(NAMES.len()) % NAMES.len()];
    let interference = draw(rng, &INTERFERENCES);
    let failure = draw(rng, &FAILURES);
    let prior = draw(rng, &PRIORS);
    let instruction = draw(rng, &INSTRUCTIONS);
    Filled {
        detail: format!("{}·{}·{}", failure.short, prior.short, instruction.short),
        prose: format!(
            "法治科抽查发现，承办人{name}对{}{}，经查属实；{}。{name}{}。",
            interference.prose, failure.prose, instruction.prose, prior.prose
        ),
        facts: Case::NonRecording(NonRecordingFacts {
            failure: failure.value,
            prior_findings: prior.value,
            supervisor_instructed: instruction.value,
        }),
    }
}

const MEASURES: [Slot<MeasureAgainstRecorder>; 5] = [
    Slot { prose: "被调离执法岗位", short: "调离", value: MeasureAgainstRecorder::Transfer },
    Slot { prose: "被给予降级处分", short: "降级", value: MeasureAgainstRecorder::Demotion },
    Slot { prose: "被免去中队长职务", short: "免职", value: MeasureAgainstRecorder::RemovalFromPost },
    Slot { prose: "被给予记过处分", short: "记过", value: MeasureAgainstRecorder::OtherSanction },
    Slot {
        prose: "年度考核被压低等次，并被停止分派案件",
        short: "考核压等",
        value: MeasureAgainstRecorder::OtherAdverseTreatment,
    },
];

/// Whether the measure had a legal ground and went through the legal procedure.
const BASES: [Slot<(bool, bool)>; 3] = [
    Slot { prose: "该措施有法定事由，并经法定程序作出", short: "依法", value: (true, true) },
    Slot { prose: "该措施有一定事由，但未经法定程序", short: "未经程序", value: (true, false) },
    Slot {
        prose: "该措施既无法定事由，也未经法定程序", short: "无事由无程序", value: (false, false)
    },
];

const MOTIVES: [Slot<bool>; 2] = [
    Slot { prose: "调查查明，该措施正是因其如实记录而采取", short: "因记录", value: true },
    Slot { prose: "调查未发现该措施与其记录有关", short: "与记录无关", value: false },
];

/// Fills the retaliation template (Art. 9, 12).
pub(super) fn fill_retaliation(rng: &mut Rng) -> Filled {
    let name = NAMES[rng.below(NAMES.len()) % NAMES.len()];
    let interference = draw(rng, &INTERFERENCES);
    let measure = draw(rng, &MEASURES);
    let basis = draw(rng, &BASES);
    let motive = draw(rng, &MOTIVES);
    Filled {
        detail: format!("{}·{}·{}", measure.short, basis.short, motive.short),
        prose: format!(
            "承办人{name}如实记录了{}并报告法治科。此后，{name}{}。{}；{}。",
            interference.prose, measure.prose, basis.prose, motive.prose
        ),
        facts: Case::Retaliation(RetaliationFacts {
            measure: measure.value,
            legal_ground: basis.value.0,
            legal_procedure: basis.value.1,
            because_of_truthful_record: motive.value,
        }),
    }
}
