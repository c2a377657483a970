//! An import session: the files 法治科 picked or dropped, each read and verified once when it arrives (size,
//! JSON, format, digest, signature, chains: everything that does not depend on the store), then previewed and planned
//! against the merged store as it is whenever the store changes, which is cheap. A plan carries the store revision
//! it was made against, and the store refuses to commit a plan whose revision is stale.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use super::import::{ImportOutcome, ImportRequest, plan_verified};
use super::merged_store::MergedStore;
use super::refusal::Refusal;
use super::verify::{VerifiedBundle, read_bundle};

/// What checking a file against the store gave.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCheck {
    /// Not read: refused before reading (too large), or the browser could not read it. The reason, in Chinese.
    NotRead(String),
    /// Checked against the merged store.
    Checked(Box<ImportOutcome>),
}

impl FileCheck {
    /// Whether committing it would write anything (events, a key, a quarantine entry).
    pub fn writes(&self) -> bool {
        matches!(self, FileCheck::Checked(outcome) if !outcome.plan.is_empty())
    }
}

/// One file of the session.
#[derive(Debug, Clone)]
pub struct SessionFile {
    /// The session's id for it.
    pub id: u64,
    /// The file's name.
    pub name: String,
    /// Its size in bytes, as the browser reported it.
    pub size: usize,
    content: Content,
}

/// What was read of a file, and its verification (done once).
#[derive(Debug, Clone)]
enum Content {
    NotRead(String),
    Read { bytes: Arc<Vec<u8>>, verified: Box<Result<VerifiedBundle, Refusal>> },
}

/// The files waiting to be imported, in the order they arrived.
#[derive(Debug, Clone, Default)]
pub struct ImportSession {
    files: Vec<SessionFile>,
}

impl ImportSession {
    /// An empty session.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file: its bytes (verified now, once), or the reason it was not read.
    pub fn add(&mut self, id: u64, name: String, size: usize, read: Result<Vec<u8>, String>) {
        let content = match read {
            Ok(bytes) => {
                let verified = Box::new(read_bundle(&bytes));
                Content::Read { bytes: Arc::new(bytes), verified }
            }
            Err(reason) => Content::NotRead(reason),
        };
        self.files.push(SessionFile { id, name, size, content });
    }

    /// A file that was refused before reading (e.g. too large), with the reason.
    pub fn add_unread(&mut self, id: u64, name: String, size: usize, reason: String) {
        self.files.push(SessionFile { id, name, size, content: Content::NotRead(reason) });
    }

    /// Drops a file (after it was committed, or when the person removes it).
    pub fn remove(&mut self, id: u64) {
        self.files.retain(|f| f.id != id);
    }

    /// The files, in arrival order.
    pub fn files(&self) -> &[SessionFile] {
        &self.files
    }

    /// Whether no file is waiting.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// One file previewed and planned against the store as it is now (`None` for an unknown id). Nothing is
    /// verified again.
    pub fn check(&self, id: u64, store: &MergedStore, by: &str, now: DateTime<FixedOffset>) -> Option<FileCheck> {
        let file = self.files.iter().find(|f| f.id == id)?;
        Some(check_file(file, store, by, now))
    }

    /// Every file previewed and planned against the store as it is now, in arrival order.
    pub fn checks(&self, store: &MergedStore, by: &str, now: DateTime<FixedOffset>) -> Vec<(u64, FileCheck)> {
        self.files.iter().map(|file| (file.id, check_file(file, store, by, now))).collect()
    }
}

fn check_file(file: &SessionFile, store: &MergedStore, by: &str, now: DateTime<FixedOffset>) -> FileCheck {
    match &file.content {
        Content::NotRead(reason) => FileCheck::NotRead(reason.clone()),
        Content::Read { bytes, verified } => {
            let request = ImportRequest { file_name: &file.name, bytes, by, now };
            FileCheck::Checked(Box::new(plan_verified(store, &request, (**verified).clone(), None)))
        }
    }
}
