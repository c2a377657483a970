//! Step-by-step explanations: each step is one plain-Chinese sentence with the provisions it rests on.

use serde::Serialize;

use crate::law::Cite;

/// One step of reasoning, e.g. `行为人为离退休人员 → 属于第二条所称内部人员`, with its citations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The sentence, in plain Chinese.
    pub text: String,
    /// The provisions this step rests on (may be empty for a plain finding of fact).
    pub cites: Vec<Cite>,
}

/// An ordered chain of steps leading to an outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The steps, in the order they were reasoned.
    pub steps: Vec<Step>,
}

impl Explanation {
    /// An empty explanation.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a step resting on the given provisions.
    pub fn step(&mut self, text: impl Into<String>, cites: &[Cite]) -> &mut Self {
        self.steps.push(Step { text: text.into(), cites: cites.to_vec() });
        self
    }

    /// Every provision cited by any step, without repeats, in first-cited order.
    pub fn cites(&self) -> Vec<Cite> {
        distinct_cites(self.steps.iter().flat_map(|s| s.cites.iter().copied()))
    }
}

/// The provisions in first-cited order, each once: how every list of citations in the engine is merged.
pub fn distinct_cites(cites: impl IntoIterator<Item = Cite>) -> Vec<Cite> {
    let mut all: Vec<Cite> = Vec::new();
    for cite in cites {
        if !all.contains(&cite) {
            all.push(cite);
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_cites_in_order_without_repeats() {
        let mut e = Explanation::new();
        e.step("行为人为离退休人员", &[Cite::article(2, 2)])
            .step("为当事人说情", &[Cite::item(2, 10, 5), Cite::article(2, 2)]);
        assert_eq!(e.cites(), vec![Cite::article(2, 2), Cite::item(2, 10, 5)]);
        assert_eq!(e.steps.len(), 2);
    }
}
