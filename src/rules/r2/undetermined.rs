//! Facts answered 不清楚: the engine assesses the contact under every possible answer and never settles what the
//! officer could not. If every possibility gives the same verdict, it stands; otherwise the verdict is
//! [`Verdict::Undetermined`], and only the safe actions follow (record, find out, report to 法治科).

use super::actions::{ActionKind, RequiredAction};
use super::assessment::Assessment;
use super::basis::Occasion;
use super::cites::{R2_3, R2_4};
use super::contact_fact::ContactFact;
use super::facts::InterferenceFacts;
use super::interference_actions::FULL_RECORD;
use super::verdict::{Possibility, Verdict};
use crate::rules::Explanation;

/// Assesses `facts`, whose facts `unknown` are answered 不清楚, by assessing every completion with `assess_known`.
/// At most 2⁷ completions, so this is exhaustive rather than clever.
pub(super) fn weigh(
    facts: &InterferenceFacts,
    unknown: &[ContactFact],
    occasion: Occasion,
    assess_known: impl Fn(&InterferenceFacts) -> Assessment,
) -> Assessment {
    // Completion `mask` answers unknown[i] 是 when bit i is set; all-是 first, so possibilities read 是 before 否.
    let count = 1usize << unknown.len();
    let completions: Vec<Assessment> =
        (0..count).rev().map(|mask| assess_known(&completed(facts, unknown, mask))).collect();
    let verdict_of = |mask: usize| &completions[count - 1 - mask].verdict;
    let asked = unknown_step(unknown);

    let first = &completions[0];
    if completions.iter().all(|a| a.verdict == first.verdict) {
        return standing(first, &completions, unknown, asked);
    }
    let turns_on: Vec<usize> = (0..unknown.len())
        .filter(|&bit| (0..count).any(|mask| verdict_of(mask) != verdict_of(mask ^ (1 << bit))))
        .collect();
    let possibilities = possibilities(unknown, &turns_on, verdict_of);
    let verdict = Verdict::Undetermined { turns_on: turns_on.iter().map(|&bit| unknown[bit]).collect(), possibilities };
    let mut why = Explanation::new();
    why.step(asked, &[]);
    if let Verdict::Undetermined { possibilities, .. } = &verdict {
        for possibility in possibilities {
            why.step(
                format!("如{} → {}", possibility.condition(), possibility.verdict.label()),
                &possibility.verdict.rests_on(),
            );
        }
    }
    why.step(
        "结论取决于尚不清楚的事实 → 本工具不作认定：认定之前不予通报、不移交纪检部门或有关部门；办案人员完整记录，查明后修改本记录，并报局机关法治科认定",
        &[R2_3, R2_4],
    );
    let actions = safe_actions(occasion);
    why.step(format!("结论：{}", verdict.label()), &verdict.rests_on());
    Assessment {
        verdict,
        internal_personnel: completions.iter().all(|a| a.internal_personnel),
        actions,
        explanation: why,
    }
}

/// The facts with the unknown ones answered as `mask` says, and nothing left unknown.
fn completed(facts: &InterferenceFacts, unknown: &[ContactFact], mask: usize) -> InterferenceFacts {
    let mut completion = InterferenceFacts { unknown: Vec::new(), ..facts.clone() };
    for (bit, &fact) in unknown.iter().enumerate() {
        completion.set_value(fact, mask & (1 << bit) != 0);
    }
    completion
}

fn unknown_step(unknown: &[ContactFact]) -> String {
    let questions: Vec<&str> = unknown.iter().map(|f| f.question()).collect();
    format!("以下事实填写为\"不清楚\"：{} → 按每一种可能的回答分别评估", questions.join("；"))
}

/// Every possibility gives the same verdict: it stands, on the actions all of them require.
fn standing(first: &Assessment, completions: &[Assessment], unknown: &[ContactFact], asked: String) -> Assessment {
    let example: Vec<&str> = unknown.iter().map(|&f| f.phrase(true)).collect();
    let mut why = Explanation::new();
    why.step(
        format!(
            "{asked}，结论均为\"{}\"，不取决于这些事实 → 结论成立；以下推理以{}为例，其他回答结论相同",
            first.verdict.label(),
            example.join("、")
        ),
        &[],
    );
    why.steps.extend(first.explanation.steps.iter().cloned());
    let actions = common_actions(completions);
    Assessment {
        verdict: first.verdict.clone(),
        internal_personnel: first.internal_personnel,
        actions,
        explanation: why,
    }
}

/// The actions every completion requires. An action is kept if every completion has one of its kind at the same
/// place among that kind (the n-th report, say); where their wording differs (a 建议 that depends on an unknown
/// fact), the shortest wording is kept, which adds nothing the unknown facts would have to support.
fn common_actions(completions: &[Assessment]) -> Vec<RequiredAction> {
    let nth_of_kind = |actions: &[RequiredAction], kind: ActionKind, n: usize| {
        actions.iter().filter(|a| a.kind == kind).nth(n).cloned()
    };
    let first = &completions[0].actions;
    let mut kept = Vec::new();
    for (index, action) in first.iter().enumerate() {
        let n = first[..index].iter().filter(|a| a.kind == action.kind).count();
        let Some(wordings) =
            completions.iter().map(|c| nth_of_kind(&c.actions, action.kind, n)).collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        if let Some(shortest) = wordings.into_iter().min_by_key(|a| a.text.chars().count()) {
            kept.push(shortest);
        }
    }
    kept
}

/// One possibility per answer of the facts the verdict turns on, then merged where two with the same verdict differ
/// in one answer only (that answer does not matter there), so each reads with as few conditions as it needs.
fn possibilities<'a>(
    unknown: &[ContactFact],
    turns_on: &[usize],
    verdict_of: impl Fn(usize) -> &'a Verdict,
) -> Vec<Possibility> {
    let count = 1usize << turns_on.len();
    let mut found: Vec<Possibility> = (0..count)
        .rev()
        .map(|choice| {
            let mut mask = 0;
            let mut answers = Vec::new();
            for (index, &bit) in turns_on.iter().enumerate() {
                let yes = choice & (1 << index) != 0;
                if yes {
                    mask |= 1 << bit;
                }
                answers.push((unknown[bit], yes));
            }
            Possibility { answers, verdict: verdict_of(mask).clone() }
        })
        .collect();
    while let Some((keep, drop, fact)) = mergeable(&found) {
        found[keep].answers.retain(|&(f, _)| f != fact);
        found.remove(drop);
    }
    found
}

/// Two possibilities with the same verdict whose answers differ only in one fact's value: (the one kept, the one
/// dropped, the fact).
fn mergeable(found: &[Possibility]) -> Option<(usize, usize, ContactFact)> {
    for (i, a) in found.iter().enumerate() {
        for (j, b) in found.iter().enumerate().skip(i + 1) {
            if a.verdict != b.verdict || a.answers.len() != b.answers.len() {
                continue;
            }
            let differing: Vec<ContactFact> = a
                .answers
                .iter()
                .zip(&b.answers)
                .filter(|(x, y)| x != y)
                .map(|(x, y)| if x.0 == y.0 { Some(x.0) } else { None })
                .collect::<Option<Vec<_>>>()
                .unwrap_or_default();
            if let [fact] = differing[..] {
                return Some((i, j, fact));
            }
        }
    }
    None
}

// 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，做到全程
// 留痕，有据可查。遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。必要时可以直接向区司法局报告。
// 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，必要时可
// 移交同级司法局处理。
/// What an undetermined verdict requires: the record, finding out, and 法治科's determination. Never 通报 or referral.
fn safe_actions(occasion: Occasion) -> Vec<RequiredAction> {
    let mut record = FULL_RECORD.to_string();
    if occasion == Occasion::OwnRecord {
        record.push_str("；本记录即是此项记录");
    }
    vec![
        RequiredAction::new(ActionKind::Record, record, &[R2_3]),
        RequiredAction::new(
            ActionKind::Record,
            "查明填写为\"不清楚\"的事实（如核实对方职务、分工和所走的程序），查明后修改本记录，结论随之更新",
            &[R2_3],
        ),
        RequiredAction::new(
            ActionKind::Report,
            "办案人员将记录报局机关法治科，由法治科调查认定；结论尚不确定，认定之前不予通报、不移交纪检部门或有关部门",
            &[R2_3, R2_4],
        ),
    ]
}
