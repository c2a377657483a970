//! Topics for practice and breakdowns: a regulation, an article or one item.

use serde::{Deserialize, Serialize};

use super::question::Question;
use crate::law::{Cite, regulation};

/// What to practise or examine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Topic {
    /// Both regulations.
    #[default]
    All,
    /// One regulation: 1 (R1) or 2 (R2).
    Regulation(u8),
    /// One article (`R2-10`) or one item (`R2-10-5`).
    Provision(Cite),
}

impl Topic {
    /// A Chinese label, e.g. `《干预插手记录通报追究制度》第十条`.
    pub fn label(&self) -> String {
        match self {
            Topic::All => "全部".to_string(),
            Topic::Regulation(n) => regulation(*n).map_or_else(|| format!("制度{n}"), |r| r.short_title.to_string()),
            Topic::Provision(cite) => cite.label(),
        }
    }

    /// Whether the question is about this topic: an article matches its items too.
    pub fn matches(&self, question: &Question) -> bool {
        match self {
            Topic::All => true,
            Topic::Regulation(n) => question.regulation == *n,
            Topic::Provision(cite) if cite.item.is_none() => question.cites.iter().any(|c| c.whole_article() == *cite),
            Topic::Provision(cite) => question.cites.contains(cite),
        }
    }
}

/// A topic with how many bank questions it has, for a topic picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicCount {
    /// The topic.
    pub topic: Topic,
    /// Its label.
    pub label: String,
    /// How many bank questions match it.
    pub questions: usize,
}
