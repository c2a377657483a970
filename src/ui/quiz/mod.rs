//! 培训测验: the trainee's area — practice by topic, timed exams, mistake review and progress — wired to the pure
//! [`crate::quiz`] API. Progress is kept in localStorage by [`crate::web::progress_store`].

mod area;
mod drill_view;
mod exam_page;
mod exam_results;
mod exam_run;
mod feedback_view;
mod practice_page;
mod progress_page;
mod question_card;
mod quiz_state;
mod review_page;
mod review_run;
mod score_bars;

pub use area::{QuizArea, QuizHome};
pub use exam_page::ExamPage;
pub use practice_page::PracticePage;
pub use progress_page::ProgressPage;
pub use review_page::ReviewPage;
