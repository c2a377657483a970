//! Texts of the quiz area (培训测验): overview, practice, exam, mistake review, progress, and storage messages.

use std::fmt::Display;

/// Everything the quiz area says, by page; texts used on several pages are at the top.
#[derive(Debug)]
pub struct QuizText {
    /// Where a question stands (position, total), above each practice, review and exam question.
    pub counter: fn(usize, usize) -> String,
    /// Button to the next question, after feedback and in the exam toolbar.
    pub next_question: &'static str,
    /// Link to mistake review, at the end of practice and on the exam result.
    pub to_review: &'static str,
    /// In place of a question's title when it is no longer in the bank (never its internal id).
    pub missing_question: &'static str,
    /// An exam passed: overview figure and exam list.
    pub passed: &'static str,
    /// An exam failed: overview figure and exam list.
    pub failed: &'static str,
    /// Answered correctly: exam result figures, per-question status, history table.
    pub right: &'static str,
    /// Answered wrongly: per-question status on the exam result, history table.
    pub wrong: &'static str,
    /// After the time used when the exam timed out: exam result and exam list.
    pub timed_out: &'static str,
    /// Right answers out of those asked (right, asked), as a bar's detail in the score charts.
    pub right_of: fn(&dyn Display, &dyn Display) -> String,
    /// Score label: exam result figures and exam list column.
    pub score: &'static str,
    /// Pass mark label: exam result figures and exam list column.
    pub pass_mark: &'static str,
    /// Time used label: exam result figures and exam list column.
    pub time_used: &'static str,
    /// The names of the quiz pages.
    pub nav: QuizNavText,
    /// The overview page.
    pub home: QuizHomeText,
    /// One question as it is answered.
    pub question: QuizQuestionText,
    /// The feedback after an answer.
    pub feedback: QuizFeedbackText,
    /// The columns of the score bar charts.
    pub bars: QuizScoreBarsText,
    /// The practice page.
    pub practice: QuizPracticeText,
    /// The exam page: setup and the running exam.
    pub exam: QuizExamText,
    /// The exam result.
    pub result: QuizExamResultText,
    /// The mistake review page.
    pub review: QuizReviewText,
    /// The progress page.
    pub progress: QuizProgressText,
    /// Messages about loading and saving the progress.
    pub storage: QuizStorageText,
}

/// The names of the quiz pages: sub-navigation links, overview mode cards and page titles.
#[derive(Debug)]
pub struct QuizNavText {
    /// The overview link.
    pub home: &'static str,
    /// Practice by topic: link, mode card and page title.
    pub practice: &'static str,
    /// Exam: link, mode card and page title.
    pub exam: &'static str,
    /// Mistake review: link, mode card and page title.
    pub review: &'static str,
    /// Progress: link, mode card and page title.
    pub progress: &'static str,
}

/// The quiz overview page.
#[derive(Debug)]
pub struct QuizHomeText {
    /// Hint under the intro: where the answer key comes from.
    pub answer_key_hint: &'static str,
    /// What practice does, on its mode card.
    pub practice_blurb: &'static str,
    /// How many answers so far, on the practice card.
    pub answered_total: fn(usize) -> String,
    /// What the exam does, on its mode card.
    pub exam_blurb: &'static str,
    /// The last exam (score percent, passed or failed), on the exam card.
    pub last_exam: fn(&dyn Display, &str) -> String,
    /// On the exam card before any exam.
    pub no_exam_yet: &'static str,
    /// What mistake review does, on its mode card.
    pub review_blurb: &'static str,
    /// How many reviews are due today, on the review card.
    pub due_today: fn(usize) -> String,
    /// What the progress page shows, on its mode card.
    pub progress_blurb: &'static str,
}

/// One question as the trainee answers it.
#[derive(Debug)]
pub struct QuizQuestionText {
    /// Kind of a question on the first regulation, in the question's meta line.
    pub kind_r1: &'static str,
    /// Kind of a question on the second regulation, in the question's meta line.
    pub kind_r2: &'static str,
    /// Submit button under the options (practice, review).
    pub submit: &'static str,
}

/// The feedback on an answer.
#[derive(Debug)]
pub struct QuizFeedbackText {
    /// Heading of the feedback panel in practice and review.
    pub heading: &'static str,
    /// Label before the engine's conclusion.
    pub conclusion: &'static str,
    /// Heading of the notes on every option.
    pub options_heading: &'static str,
    /// Tag of a right option.
    pub right_option: &'static str,
    /// Tag of a wrong option.
    pub wrong_option: &'static str,
    /// Tag of the option the trainee chose.
    pub your_choice: &'static str,
    /// Heading of the engine's reasoning.
    pub reasoning_heading: &'static str,
    /// Heading of the quoted articles.
    pub quotes_heading: &'static str,
}

/// The columns of a score bar chart.
#[derive(Debug)]
pub struct QuizScoreBarsText {
    /// First column: the article.
    pub article: &'static str,
    /// Last column: the figures behind the value.
    pub detail: &'static str,
}

/// The practice page.
#[derive(Debug)]
pub struct QuizPracticeText {
    /// A regulation's group title when its title is unknown (regulation number).
    pub regulation_fallback: fn(u8) -> String,
    /// A regulation's group title (short title).
    pub regulation_title: fn(&str) -> String,
    /// An article choice (article label, question count).
    pub provision_choice: fn(&str, usize) -> String,
    /// The whole-regulation choice (question count).
    pub regulation_choice: fn(usize) -> String,
    /// Heading of the topic picker.
    pub picker_heading: &'static str,
    /// Hint under the topic picker heading.
    pub picker_hint: &'static str,
    /// Legend of the both-regulations group.
    pub both_group: &'static str,
    /// The everything choice (question count).
    pub all_choice: fn(usize) -> String,
    /// Start button of the topic picker.
    pub start: &'static str,
    /// The session's topic, in the session bar.
    pub topic_line: fn(&str) -> String,
    /// The session's score (answered, right), in the session bar.
    pub score: fn(usize, usize) -> String,
    /// Button ending the session.
    pub end: &'static str,
    /// Heading when the session is over.
    pub done_heading: &'static str,
    /// Summary when the session is over (answered, right).
    pub done_summary: fn(usize, usize) -> String,
    /// Button to practise the same topic again.
    pub again: &'static str,
}

/// The exam page: setup and the running exam.
#[derive(Debug)]
pub struct QuizExamText {
    /// Setup error for an invalid number of questions (the maximum).
    pub count_invalid: fn(usize) -> String,
    /// Setup error when the chosen topic has no questions.
    pub nothing_to_ask: &'static str,
    /// Heading of the setup form.
    pub setup_heading: &'static str,
    /// Label of the number of questions.
    pub count_label: &'static str,
    /// Hint under the number of questions (maximum, default, seconds per question).
    pub count_hint: fn(usize, usize, u32) -> String,
    /// Label of the topic choice.
    pub topic_label: &'static str,
    /// Topic choice: both regulations.
    pub topic_all: &'static str,
    /// Topic choice: the first regulation.
    pub topic_r1: &'static str,
    /// Topic choice: the second regulation.
    pub topic_r2: &'static str,
    /// The exam's rules for a valid number of questions (count, time limit, pass percent).
    pub rules: fn(usize, &str, &dyn Display) -> String,
    /// The pass mark alone, while the number of questions is invalid (pass percent).
    pub rules_pass_mark: fn(&dyn Display) -> String,
    /// Start button of the setup form.
    pub start: &'static str,
    /// Before the countdown.
    pub time_left: &'static str,
    /// Answered so far (answered, total, pass percent), in the exam bar.
    pub progress: fn(usize, usize, &dyn Display) -> String,
    /// Warning in the last minute.
    pub time_warning: &'static str,
    /// Accessible name of the question navigation.
    pub palette_label: &'static str,
    /// Accessible name of a question's button in the navigation (number, answered or not).
    pub palette_item: fn(usize, &str) -> String,
    /// State of an answered question, in its navigation button's name.
    pub answered: &'static str,
    /// State of an unanswered question, in its navigation button's name.
    pub unanswered: &'static str,
    /// Button to the previous question.
    pub prev: &'static str,
    /// Button handing the exam in.
    pub submit: &'static str,
    /// Confirmation with unanswered questions (how many).
    pub confirm_unanswered: fn(usize) -> String,
    /// Confirmation with every question answered.
    pub confirm: &'static str,
    /// Button confirming the hand-in.
    pub confirm_submit: &'static str,
    /// Button going back to the exam.
    pub keep_going: &'static str,
}

/// The exam result.
#[derive(Debug)]
pub struct QuizExamResultText {
    /// Heading of the result.
    pub heading: &'static str,
    /// Passed (score percent, pass percent).
    pub verdict_passed: fn(&dyn Display, &dyn Display) -> String,
    /// Failed (score percent, pass percent).
    pub verdict_failed: fn(&dyn Display, &dyn Display) -> String,
    /// Hint under the figures: wrong answers go to review.
    pub review_hint: &'static str,
    /// Button retaking the same paper.
    pub retake: &'static str,
    /// Button back to the exam setup.
    pub new_exam: &'static str,
    /// Heading of the per-article breakdown.
    pub breakdown_heading: &'static str,
    /// Caption of the per-article breakdown table.
    pub breakdown_caption: &'static str,
    /// Value column of the per-article breakdown.
    pub breakdown_value: &'static str,
    /// Heading of the per-question solutions.
    pub answers_heading: &'static str,
    /// A solution's question number (number).
    pub question_number: fn(usize) -> String,
    /// Status of an unanswered question.
    pub unanswered: &'static str,
}

/// The mistake review page.
#[derive(Debug)]
pub struct QuizReviewText {
    /// Lead paragraph: how reviews are scheduled.
    pub lead: &'static str,
    /// Heading of today's summary.
    pub summary_heading: &'static str,
    /// Figure: questions due today.
    pub due: &'static str,
    /// Figure: questions in the deck.
    pub deck_count: &'static str,
    /// Figure: when the next question is due.
    pub next_due: &'static str,
    /// The next due date and in how many days (date, days).
    pub next_due_in: fn(&dyn Display, i64) -> String,
    /// Start button (due questions).
    pub start: fn(usize) -> String,
    /// Nothing due today, with questions in the deck.
    pub none_due: &'static str,
    /// The deck is empty.
    pub deck_empty_hint: &'static str,
    /// The session's score (answered, right), in the session bar.
    pub score: fn(usize, usize) -> String,
    /// Button ending the session.
    pub end: &'static str,
    /// Heading when the session is over.
    pub done_heading: &'static str,
    /// Summary when the session is over (answered, right).
    pub done_summary: fn(usize, usize) -> String,
    /// Button back to the summary.
    pub back: &'static str,
    /// Heading of the deck.
    pub deck_heading: &'static str,
    /// Caption of the deck table.
    pub deck_caption: &'static str,
    /// Deck column: the question.
    pub col_question: &'static str,
    /// Deck column: the due date.
    pub col_due: &'static str,
    /// Deck column: times answered wrongly.
    pub col_lapses: &'static str,
    /// Deck column: right answers in a row.
    pub col_streak: &'static str,
    /// A due date that is today or past (date).
    pub due_now: fn(&dyn Display) -> String,
    /// Under the deck table when it is empty.
    pub deck_empty: &'static str,
}

/// The progress page.
#[derive(Debug)]
pub struct QuizProgressText {
    /// Figure: answers so far.
    pub answered: &'static str,
    /// Figure: share of right answers.
    pub accuracy: &'static str,
    /// Figure: exams taken.
    pub exams: &'static str,
    /// Figure: questions in the review deck.
    pub deck: &'static str,
    /// Heading of the mastery chart.
    pub mastery_heading: &'static str,
    /// Hint under the mastery heading: how mastery is computed.
    pub mastery_hint: &'static str,
    /// No answers yet: mastery chart and history.
    pub no_answers: &'static str,
    /// Caption of the mastery table.
    pub mastery_caption: &'static str,
    /// Value column of the mastery table.
    pub mastery_value: &'static str,
    /// Heading of the exam list.
    pub exams_heading: &'static str,
    /// No exams yet.
    pub no_exams: &'static str,
    /// Caption of the exam list table.
    pub exams_caption: &'static str,
    /// Exam list column: when it was handed in.
    pub col_finished: &'static str,
    /// Exam list and history column: the result.
    pub col_result: &'static str,
    /// Heading of the history (how many answers it shows).
    pub recent_heading: fn(usize) -> String,
    /// Caption of the history table.
    pub recent_caption: &'static str,
    /// History column: when.
    pub col_time: &'static str,
    /// History column: the question.
    pub col_question: &'static str,
    /// History column: the articles.
    pub col_articles: &'static str,
    /// Between articles of the same regulation, in the history.
    pub article_separator: &'static str,
    /// Between runs of different regulations, in the history.
    pub regulation_separator: &'static str,
    /// The name in the export file's name when the officer's name is empty.
    pub unnamed: &'static str,
    /// After a download (file name).
    pub exported: fn(&str) -> String,
    /// After a failed download (error).
    pub export_failed: fn(&dyn Display) -> String,
    /// After a reset.
    pub reset_done: &'static str,
    /// Heading of export and reset.
    pub manage_heading: &'static str,
    /// Export button.
    pub export: &'static str,
    /// Reset button.
    pub reset: &'static str,
    /// Reset confirmation question.
    pub reset_confirm: &'static str,
    /// Button confirming the reset.
    pub reset_yes: &'static str,
    /// Button cancelling the reset.
    pub cancel: &'static str,
}

/// Messages about loading and saving the progress, shown above the quiz pages.
#[derive(Debug)]
pub struct QuizStorageText {
    /// The browser's storage is full.
    pub quota: &'static str,
    /// Saving failed for another reason (detail).
    pub save_failed: fn(&dyn Display) -> String,
    /// Stored progress was unreadable and copied aside (reason, key it was copied to).
    pub corrupt: fn(&dyn Display, &dyn Display) -> String,
    /// Stored progress could not be read at all (error).
    pub unreadable: fn(&dyn Display) -> String,
    /// Progress saved by another tab could not be read (error).
    pub other_tab: fn(&dyn Display) -> String,
}
