//! Variants: scenario templates whose slots (who, which case, what was asked, in what form, …) are filled by a
//! seeded draw. The prose is assembled from the slots and the answer is again computed by the engine, so a trainee
//! cannot pass by memorising the bank. A variant's id (`v-<template>-<seed>`) rebuilds it exactly.

mod case;
mod contact;
mod recording;

use super::rng::Rng;
use super::scenario::{Scenario, Source};
use crate::rules::Case;

/// One template.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// Stable key, part of variant ids.
    pub key: &'static str,
    /// Chinese name.
    pub title: &'static str,
    /// Fills the slots: (title detail, prose, facts).
    fill: fn(&mut Rng) -> Filled,
}

/// A template with its slots filled.
struct Filled {
    /// What distinguishes this variant, for its title.
    detail: String,
    /// The assembled prose.
    prose: String,
    /// The engine facts.
    facts: Case,
}

/// Every template.
pub const TEMPLATES: [Template; 4] = [
    Template { key: "contact", title: "过问案件", fill: contact::fill },
    Template { key: "case", title: "错案倒查", fill: case::fill },
    Template { key: "recording", title: "未如实记录", fill: recording::fill_non_recording },
    Template { key: "retaliation", title: "记录人受到的处理", fill: recording::fill_retaliation },
];

/// How often each template is drawn by [`random`], in the order of [`TEMPLATES`].
const WEIGHTS: [usize; 4] = [5, 4, 1, 1];

/// The id of a variant.
pub fn id(template: &str, seed: u64) -> String {
    format!("v-{template}-{seed}")
}

/// The variant of `template` for `seed`.
pub fn generate(template: &str, seed: u64) -> Option<Scenario> {
    TEMPLATES.iter().find(|t| t.key == template).map(|t| build(t, seed))
}

/// The variant with this id, if it is a well-formed variant id.
pub fn from_id(id: &str) -> Option<Scenario> {
    let rest = id.strip_prefix("v-")?;
    let (template, seed) = rest.rsplit_once('-')?;
    generate(template, seed.parse().ok()?)
}

/// A variant of a template chosen by the seed (weighted towards the commoner situations).
pub fn random(seed: u64) -> Scenario {
    let mut rng = Rng::new(seed);
    let mut ticket = rng.below(WEIGHTS.iter().sum());
    let mut chosen = &TEMPLATES[0];
    for (template, weight) in TEMPLATES.iter().zip(WEIGHTS) {
        if ticket < weight {
            chosen = template;
            break;
        }
        ticket -= weight;
    }
    build(chosen, rng.fork())
}

fn build(template: &Template, seed: u64) -> Scenario {
    let filled = (template.fill)(&mut Rng::new(seed));
    Scenario {
        id: id(template.key, seed),
        title: format!("变式·{}：{}", template.title, filled.detail),
        prose: filled.prose,
        near_miss: false,
        source: Source::Variant { template: template.key, seed },
        facts: filled.facts,
    }
}

/// One slot value: its prose, a short name for titles, and what it sets.
#[derive(Debug, Clone, Copy)]
struct Slot<T> {
    prose: &'static str,
    short: &'static str,
    value: T,
}

/// A random slot value; an empty list does not compile.
fn draw<T: Copy, const N: usize>(rng: &mut Rng, slots: &[Slot<T>; N]) -> Slot<T> {
    const { assert!(N > 0, "a slot list is never empty") };
    slots[rng.below(N) % N]
}
