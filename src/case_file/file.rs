//! A wrong-case file as folded from 法治科's journal: its steps in the order they were recorded, each with every
//! version (who recorded it, when, and the reason of each amendment), grouped in rounds (a 重新调查 starts a new one).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::Stage;
use super::step::{CaseStep, Decision, Findings, Intake};
use crate::journal::{Authorship, Event, EventBody, EventHash, FoldProblem};
use crate::legal::WrongCaseWorksheet;
use crate::rules::r1::WrongCaseFacts;

/// What one `case_file_step` event of the journal holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFileEntry {
    /// The file (the hash of its 立案 event); absent for the 立案 that opens a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<EventHash>,
    /// The version this entry replaces (an amendment); absent for a new step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<EventHash>,
    /// 修改原因 (amendments only; empty otherwise).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The step.
    pub step: CaseStep,
}

/// One version of a step (of a wrong-case file, or of a record's follow-up).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepVersion<S = CaseStep> {
    /// Who recorded it, where and when.
    pub author: Authorship,
    /// The step as recorded.
    pub step: S,
    /// 修改原因 (`None` for the first version).
    pub reason: Option<String>,
}

/// One step with every version, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiledStep<S = CaseStep> {
    /// The step's id: the hash of its first version.
    pub id: EventHash,
    /// Which round of the procedure it belongs to (0 before any 重新调查, 1 after the first, …).
    pub round: usize,
    /// Every version, oldest first; never empty.
    pub versions: Vec<StepVersion<S>>,
}

impl<S> FiledStep<S> {
    /// The version in force.
    pub fn latest(&self) -> &StepVersion<S> {
        self.versions.last().expect("a filed step has a version")
    }

    /// The step as it now stands.
    pub fn current(&self) -> &S {
        &self.latest().step
    }

    /// Who first recorded the step, and when.
    pub fn recorded(&self) -> &Authorship {
        &self.versions[0].author
    }
}

/// A wrong-case file: the 立案 that opened it and every step since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    /// The file's id: the hash of its 立案 event.
    pub id: EventHash,
    /// Its steps in the order they were recorded; the first is the 立案.
    pub steps: Vec<FiledStep>,
}

impl CaseFile {
    /// The 立案 as it now stands.
    pub fn intake(&self) -> Option<&Intake> {
        self.steps.iter().find_map(|s| match s.current() {
            CaseStep::Intake(intake) => Some(intake),
            _ => None,
        })
    }

    /// 案号.
    pub fn case_number(&self) -> &str {
        self.intake().map_or("", |i| i.case_number.trim())
    }

    /// The furthest stage the file has reached.
    pub fn stage_reached(&self) -> Stage {
        self.steps.iter().map(|s| s.current().stage()).max().unwrap_or(Stage::Intake)
    }

    /// The round now open: how many times 重新调查 was ordered.
    pub fn round(&self) -> usize {
        self.steps.iter().filter(|s| matches!(s.current(), CaseStep::Reinvestigation(_))).count()
    }

    /// The step with this id.
    pub fn step(&self, id: &EventHash) -> Option<&FiledStep> {
        self.steps.iter().find(|s| s.id == *id)
    }

    /// The steps of the open round that match `pick`.
    pub fn in_round<'a, T>(&'a self, pick: impl Fn(&'a CaseStep) -> Option<T> + 'a) -> impl Iterator<Item = T> + 'a {
        let round = self.round();
        self.steps.iter().filter(move |s| s.round == round).filter_map(move |s| pick(s.current()))
    }

    /// The findings of the open round.
    pub fn findings(&self) -> Option<&Findings> {
        self.in_round(|s| match s {
            CaseStep::Findings(f) => Some(&**f),
            _ => None,
        })
        .next()
    }

    /// The decision of the open round.
    pub fn decision(&self) -> Option<&Decision> {
        self.in_round(|s| match s {
            CaseStep::Decision(d) => Some(d),
            _ => None,
        })
        .next()
    }

    /// The most recent decision of any round (the one a statement or appeal answers).
    pub fn last_decision(&self) -> Option<&Decision> {
        self.steps.iter().rev().find_map(|s| match s.current() {
            CaseStep::Decision(d) => Some(d),
            _ => None,
        })
    }

    /// The facts the engine assesses: the open round's findings (see [`CaseFile::facts_with`]).
    pub fn facts(&self) -> Option<WrongCaseFacts> {
        Some(self.facts_with(&self.findings()?.worksheet))
    }

    /// The facts of `worksheet` as this file's findings: every obstruction or false evidence the investigation
    /// recorded for an officer is counted under Art. 9 (added to that officer's conduct once).
    pub fn facts_with(&self, worksheet: &WrongCaseWorksheet) -> WrongCaseFacts {
        let mut facts = worksheet.facts();
        for step in &self.steps {
            if let CaseStep::Conduct(note) = step.current()
                && note.conduct.is_aggravating()
                && let Some(officer) = facts.officers.iter_mut().find(|o| o.name.trim() == note.officer.trim())
                && !officer.inquiry_conduct.contains(&note.conduct)
            {
                officer.inquiry_conduct.push(note.conduct);
            }
        }
        facts
    }

    /// The findings of the most recent round that has them (a new round's findings start from them).
    pub fn last_findings(&self) -> Option<&Findings> {
        self.steps.iter().rev().find_map(|s| match s.current() {
            CaseStep::Findings(f) => Some(&**f),
            _ => None,
        })
    }

    /// Whether the step `id` is the file's, and which version is in force (to check an amendment names it).
    pub fn version_owner(&self, version: &EventHash) -> Option<&FiledStep> {
        self.steps.iter().find(|s| s.versions.iter().any(|v| v.author.hash == *version))
    }
}

/// Every file in the journal, and what could not be placed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFiles {
    /// The files, oldest first.
    pub files: Vec<CaseFile>,
    /// Steps whose file or amended version is not in the journal, kept and reported.
    pub problems: Vec<FoldProblem>,
}

impl CaseFiles {
    /// The file with this id.
    pub fn file(&self, id: &EventHash) -> Option<&CaseFile> {
        self.files.iter().find(|f| f.id == *id)
    }
}

/// Folds the journal's `case_file_step` events into files. `flagged`: hashes that failed verification (still
/// folded, and marked in their authorship). The same events in any order give the same files.
pub fn fold_case_files<'a>(events: impl IntoIterator<Item = &'a Event>, flagged: &BTreeSet<EventHash>) -> CaseFiles {
    let mut entries: Vec<(&Event, &CaseFileEntry)> = events
        .into_iter()
        .filter_map(|e| match &e.body {
            EventBody::CaseFileStep(entry) => Some((e, &**entry)),
            _ => None,
        })
        .collect();
    entries.sort_by_key(|(e, _)| (e.device_time, e.hash));
    entries.dedup_by_key(|(e, _)| e.hash);

    let mut files: BTreeMap<EventHash, CaseFile> = BTreeMap::new();
    // version hash → (file, step id)
    let mut versions: BTreeMap<EventHash, (EventHash, EventHash)> = BTreeMap::new();
    let mut problems = Vec::new();
    for (event, entry) in entries {
        let author = Authorship::of(event, flagged);
        let hash = event.hash;
        match (entry.file, entry.amends) {
            (None, _) => {
                let step = FiledStep { id: hash, round: 0, versions: vec![version(author, entry)] };
                files.insert(hash, CaseFile { id: hash, steps: vec![step] });
                versions.insert(hash, (hash, hash));
            }
            (Some(file_id), None) => match files.get_mut(&file_id) {
                Some(file) => {
                    let round = file.round();
                    file.steps.push(FiledStep { id: hash, round, versions: vec![version(author, entry)] });
                    versions.insert(hash, (file_id, hash));
                }
                None => problems.push(problem(hash, "该步骤所属的卷宗不在本日志中，已原样保存")),
            },
            (Some(file_id), Some(amended)) => {
                let placed = versions.get(&amended).filter(|(f, _)| *f == file_id).copied();
                match placed.and_then(|(f, step)| Some((files.get_mut(&f)?, step))) {
                    Some((file, step_id)) => {
                        if let Some(step) = file.steps.iter_mut().find(|s| s.id == step_id) {
                            step.versions.push(version(author, entry));
                        }
                        versions.insert(hash, (file_id, step_id));
                    }
                    None => problems.push(problem(hash, "该修改所修改的版本不在本日志中，已原样保存")),
                }
            }
        }
    }
    let mut files: Vec<CaseFile> = files.into_values().collect();
    files.sort_by_key(|f| (f.steps[0].recorded().device_time, f.id));
    CaseFiles { files, problems }
}

fn version(author: Authorship, entry: &CaseFileEntry) -> StepVersion {
    let reason = entry.amends.map(|_| entry.reason.clone());
    StepVersion { author, step: entry.step.clone(), reason }
}

fn problem(event: EventHash, message: &str) -> FoldProblem {
    FoldProblem { event, message: message.to_string() }
}
