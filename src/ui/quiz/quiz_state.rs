//! The quiz area's shared state: the question bank, the trainee's progress (loaded from and saved to
//! localStorage) and the sessions in progress, kept while the trainee moves between the quiz pages.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

use super::exam_run::ExamRun;
use super::review_run::ReviewRun;
use crate::i18n::strings;
use crate::journal::StoreError;
use crate::quiz::{Feedback, Practice, Progress, Quiz};
use crate::ui::state::AppState;
use crate::web::clock::local_now;
use crate::web::json_store::JsonStoreError;
use crate::web::progress_store::{PROGRESS_KEY, clear_progress, load_progress, save_progress};
use crate::web::random::random_bytes;

/// A practice session and the feedback on its current question, once answered.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeRun {
    /// The session (questions, position, score).
    pub practice: Practice,
    /// The feedback on the current question, once it is answered.
    pub feedback: Option<Feedback>,
}

/// Shared handle to the quiz area's state; cheap to copy into closures.
#[derive(Debug, Clone, Copy)]
pub struct QuizState {
    quiz: StoredValue<Quiz>,
    /// The trainee's progress: what is stored, plus anything a failed save could not store yet.
    pub progress: RwSignal<Progress>,
    /// What happened to stored progress that could not be read, if anything.
    pub load_notice: RwSignal<Option<String>>,
    /// Why the last save failed, if it did.
    pub save_error: RwSignal<Option<String>>,
    /// False when an unreadable stored value could not be copied aside: saving would overwrite its only copy.
    persist: bool,
    /// The practice session, if one was started.
    pub practice: RwSignal<Option<PracticeRun>>,
    /// The exam, if one was started (running or finished).
    pub exam: RwSignal<Option<ExamRun>>,
    /// The mistake-review session, if one was started.
    pub review: RwSignal<Option<ReviewRun>>,
}

impl QuizState {
    /// The bank under the bureau's stored readings (设置 → 本局口径), so the answer key always matches what the
    /// officers' engine says, and the stored progress; unreadable progress is quarantined and reported in
    /// `load_notice`. Follows other tabs' saves through the `storage` event.
    pub fn load() -> Self {
        let readings = expect_context::<AppState>().readings.get_untracked();
        let text = &strings().quiz_area.storage;
        let (progress, notice, persist) = match load_progress() {
            Ok(progress) => (progress, None, true),
            Err(JsonStoreError::Corrupt { reason, quarantined_as }) => {
                (Progress::new(), Some((text.corrupt)(&reason, &quarantined_as)), true)
            }
            // Unreadable storage, or an unreadable value that could not be copied aside: never write over it.
            Err(JsonStoreError::Store(error)) => (Progress::new(), Some((text.unreadable)(&error)), false),
        };
        let state = QuizState {
            quiz: StoredValue::new(Quiz::new(readings)),
            progress: RwSignal::new(progress),
            load_notice: RwSignal::new(notice),
            save_error: RwSignal::new(None),
            persist,
            practice: RwSignal::new(None),
            exam: RwSignal::new(None),
            review: RwSignal::new(None),
        };
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(PROGRESS_KEY) && state.persist {
                state.reload_after_other_tab();
            }
        });
        on_cleanup(move || listener.remove());
        state
    }

    /// Runs `f` with the question bank.
    pub fn with_quiz<T>(&self, f: impl FnOnce(&Quiz) -> T) -> T {
        self.quiz.with_value(f)
    }

    /// Changes the progress, then saves it; a failed save is reported and the change is kept in memory.
    pub fn change_progress(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.save();
    }

    /// Empties the progress, in memory and in storage.
    pub fn reset_progress(&self) {
        self.progress.set(Progress::new());
        if self.persist {
            self.save_error.set(clear_progress().err().map(|error| describe_save(&error)));
        }
    }

    fn save(&self) {
        if !self.persist {
            return;
        }
        let saved = self.progress.with_untracked(save_progress);
        self.save_error.set(saved.err().map(|error| describe_save(&error)));
    }

    /// Another tab saved: take its progress if it reads back (ours was saved before each of its changes).
    fn reload_after_other_tab(&self) {
        match load_progress() {
            Ok(progress) => self.progress.set(progress),
            Err(error) => self.load_notice.set(Some((strings().quiz_area.storage.other_tab)(&error))),
        }
    }
}

/// The Chinese message for a failed save.
fn describe_save(error: &StoreError) -> String {
    let text = &strings().quiz_area.storage;
    match error {
        StoreError::QuotaExceeded => text.quota.to_string(),
        StoreError::Unavailable(detail) => (text.save_failed)(detail),
    }
}

/// Now, for answer and exam timestamps.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The trainee's local date, for review due dates.
pub fn today() -> NaiveDate {
    local_now().date()
}

/// A fresh seed for a practice session or an exam.
pub fn fresh_seed() -> u64 {
    random_bytes::<8>().map_or_else(|| now().timestamp_millis().unsigned_abs(), u64::from_le_bytes)
}
