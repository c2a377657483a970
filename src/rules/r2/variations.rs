//! The contact with one answer changed, and which of those changes would change the verdict: what the verdict
//! panel shows as "what would change the verdict", and what the quiz's feedback is built from, so both speak of
//! the same changes in the same words.

use super::assess::assess_with;
use super::basis::Basis;
use super::contact_fact::ContactFact;
use super::facts::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};
use super::verdict::Verdict;

/// What kind of answer a [`Variation`] changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Varied {
    /// One yes/no fact.
    Fact(ContactFact),
    /// 方式.
    Method,
    /// 人物类别.
    Category,
    /// 对方的要求或行为 (the whole conduct list replaced by one conduct).
    Conduct,
}

/// The contact with one answer changed, described in Chinese.
#[derive(Debug, Clone)]
pub struct Variation {
    /// Which answer changed.
    pub varied: Varied,
    /// The changed facts.
    pub facts: InterferenceFacts,
    /// The answer as it is, e.g. `以电话方式进行`.
    pub actual: String,
    /// The answer as changed, e.g. `以书面（公函、批示、意见书等）方式进行`.
    pub changed: String,
}

/// Every one-answer change of the contact, the most instructive first: the yes/no facts (in
/// [`ContactFact::BY_INSTRUCTIVENESS`] order; a fact answered 不清楚 has no single other answer and is left out),
/// then 方式, 人物类别, and a different conduct altogether.
pub fn variations(base: &InterferenceFacts) -> Vec<Variation> {
    let mut out = Vec::new();
    for fact in ContactFact::BY_INSTRUCTIVENESS.into_iter().filter(|f| !base.unknown.contains(f)) {
        let now = base.value(fact);
        let mut facts = base.clone();
        facts.set_value(fact, !now);
        out.push(Variation {
            varied: Varied::Fact(fact),
            facts,
            actual: fact.phrase(now).to_string(),
            changed: fact.phrase(!now).to_string(),
        });
    }
    for method in ContactMethod::ALL.into_iter().filter(|&m| m != base.method) {
        out.push(Variation {
            varied: Varied::Method,
            facts: InterferenceFacts { method, ..base.clone() },
            actual: format!("以{}方式进行", base.method.label()),
            changed: format!("以{}方式进行", method.label()),
        });
    }
    for category in PersonCategory::ALL.into_iter().filter(|&c| c != base.category) {
        out.push(Variation {
            varied: Varied::Category,
            facts: InterferenceFacts { category, ..base.clone() },
            actual: format!("行为人为{}", base.category.label()),
            changed: format!("行为人为{}", category.label()),
        });
    }
    let now: Vec<&str> = base.conduct.iter().map(|c| c.label()).collect();
    for conduct in Conduct::ALL.into_iter().filter(|c| base.conduct != [*c]) {
        out.push(Variation {
            varied: Varied::Conduct,
            facts: InterferenceFacts { conduct: vec![conduct], ..base.clone() },
            actual: format!("对方的要求或行为是“{}”", now.join("”“")),
            changed: format!("对方的要求或行为是“{}”", conduct.label()),
        });
    }
    out
}

/// One answer that, if different, would change the verdict, and the verdict it would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictChange {
    /// The answer as given, e.g. `所提要求超出其职权范围`.
    pub actual: String,
    /// The different answer, e.g. `所提要求在其职权范围内`.
    pub changed: String,
    /// The verdict the engine gives under the different answer.
    pub verdict: Verdict,
}

/// Which single answer of the record (a yes/no fact, 方式 or 人物类别; what the person asked for is what happened,
/// not an answer that might be mistaken, so it is not varied) would change the verdict, and to what: each found by
/// running the engine again under the same basis. A verdict changes when its statement does ([`Verdict::label`]): guidance
/// cleared by Art. 7 whether oral and recorded or written is the same verdict.
pub fn what_would_change<'a>(base: &InterferenceFacts, basis: impl Into<Basis<'a>>) -> Vec<VerdictChange> {
    let basis = basis.into();
    let verdict = assess_with(base, basis).verdict.label();
    variations(base)
        .into_iter()
        .filter(|v| v.varied != Varied::Conduct)
        .filter_map(|v| {
            let changed = assess_with(&v.facts, basis).verdict;
            (changed.label() != verdict).then_some(VerdictChange {
                actual: v.actual,
                changed: v.changed,
                verdict: changed,
            })
        })
        .collect()
}
