//! 学习进度: answers so far, mastery per article as a chart with its values in words, exam results, and export
//! and reset of the stored progress.

use leptos::prelude::*;

use super::exam_run::clock_text;
use super::quiz_state::{QuizState, today};
use super::score_bars::{BarRow, ScoreBars};
use crate::i18n::strings;
use crate::law::Cite;
use crate::quiz::Progress;
use crate::ui::state::AppState;
use crate::web::download::download_text;

/// How many recent answers the history table shows.
const RECENT_ANSWERS: usize = 20;

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.progress;
    let state = expect_context::<QuizState>();
    let progress = state.progress;
    let answered = Memo::new(move |_| progress.with(|p| p.history.len()));
    let accuracy = Memo::new(move |_| progress.with(Progress::accuracy));
    let exams = Memo::new(move |_| progress.with(|p| p.exams.len()));
    let deck = Memo::new(move |_| progress.with(|p| p.reviews.len()));
    view! {
        <section data-testid="quiz-progress-page">
            <h1>{quiz_text.nav.progress}</h1>
            <dl class="counts" data-testid="progress-counts">
                <div><dt>{text.answered}</dt><dd data-testid="progress-answered">{move || answered.get()}</dd></div>
                <div>
                    <dt>{text.accuracy}</dt>
                    <dd data-testid="progress-accuracy">
                        {move || accuracy.get().map_or_else(|| "—".to_string(), |percent| format!("{percent}%"))}
                    </dd>
                </div>
                <div><dt>{text.exams}</dt><dd data-testid="progress-exams">{move || exams.get()}</dd></div>
                <div><dt>{text.deck}</dt><dd data-testid="progress-deck">{move || deck.get()}</dd></div>
            </dl>
            <MasteryChart />
            <ExamList />
            <RecentAnswers />
            <ExportAndReset />
        </section>
    }
}

/// Mastery per article: recent answers weigh more; the value is written next to each bar.
#[component]
fn MasteryChart() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.progress;
    let state = expect_context::<QuizState>();
    let rows = Memo::new(move |_| {
        state.progress.with(|p| {
            p.mastery()
                .into_iter()
                .map(|m| BarRow {
                    label: m.label,
                    percent: (m.weighted * 100.0).round().clamp(0.0, 100.0) as u8,
                    detail: (quiz_text.right_of)(&m.right, &m.answered),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="mastery-heading" data-testid="mastery">
            <h2 id="mastery-heading">{text.mastery_heading}</h2>
            <p class="hint">{text.mastery_hint}</p>
            {move || if rows.with(Vec::is_empty) {
                view! { <p data-testid="mastery-empty">{text.no_answers}</p> }.into_any()
            } else {
                view! { <ScoreBars caption=text.mastery_caption value_heading=text.mastery_value rows=rows.get() test_id="mastery-chart" /> }.into_any()
            }}
        </section>
    }
}

/// Every exam taken, newest first.
#[component]
fn ExamList() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.progress;
    let state = expect_context::<QuizState>();
    let exams = Memo::new(move |_| state.progress.with(|p| p.exams.iter().rev().cloned().collect::<Vec<_>>()));
    view! {
        <section class="card" aria-labelledby="exams-heading">
            <h2 id="exams-heading">{text.exams_heading}</h2>
            {move || if exams.with(Vec::is_empty) {
                view! { <p data-testid="exam-list-empty">{text.no_exams}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table data-testid="exam-list">
                            <caption class="visually-hidden">{text.exams_caption}</caption>
                            <thead><tr>
                                <th scope="col">{text.col_finished}</th><th scope="col">{quiz_text.right}</th><th scope="col">{quiz_text.score}</th>
                                <th scope="col">{quiz_text.pass_mark}</th><th scope="col">{text.col_result}</th><th scope="col">{quiz_text.time_used}</th>
                            </tr></thead>
                            <tbody>
                                {exams.get().into_iter().map(|exam| {
                                    let finished = exam.finished_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string();
                                    let used = clock_text((exam.finished_at - exam.started_at).num_seconds());
                                    view! {
                                        <tr data-testid="exam-list-row">
                                            <td class="nowrap">{finished}</td>
                                            <td>{format!("{} / {}", exam.correct, exam.total)}</td>
                                            <td>{format!("{}%", exam.score_percent)}</td>
                                            <td>{format!("{}%", exam.pass_percent)}</td>
                                            <td class="nowrap">{if exam.passed { quiz_text.passed } else { quiz_text.failed }}</td>
                                            <td>{used}{exam.timed_out.then_some(quiz_text.timed_out)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// The most recent answers.
#[component]
fn RecentAnswers() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.progress;
    let state = expect_context::<QuizState>();
    let recent = Memo::new(move |_| {
        state.progress.with(|p| p.history.iter().rev().take(RECENT_ANSWERS).cloned().collect::<Vec<_>>())
    });
    let titles = move |id: &crate::quiz::QuestionId| state.with_quiz(|quiz| quiz.question(id).map(|q| q.title));
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{(text.recent_heading)(RECENT_ANSWERS)}</h2>
            {move || if recent.with(Vec::is_empty) {
                view! { <p>{text.no_answers}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table data-testid="answer-history">
                            <caption class="visually-hidden">{text.recent_caption}</caption>
                            <thead><tr><th scope="col">{text.col_time}</th><th scope="col">{text.col_question}</th><th scope="col">{text.col_articles}</th><th scope="col">{text.col_result}</th></tr></thead>
                            <tbody>
                                {recent.get().into_iter().map(|record| {
                                    let local = record.at.with_timezone(&chrono::Local);
                                    let (day, time) = (local.format("%Y-%m-%d").to_string(), local.format("%H:%M").to_string());
                                    let title = titles(&record.question_id).unwrap_or_else(|| strings().quiz_area.missing_question.to_string());
                                    view! {
                                        <tr data-testid="answer-history-row">
                                            <td class="nowrap">{day}<br />{time}</td>
                                            <td>{title}</td>
                                            <td>{articles_text(&record.cites)}</td>
                                            <td class="nowrap">{if record.correct { quiz_text.right } else { quiz_text.wrong }}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// Provisions as one line, the regulation's title once for its run of articles: `《…》第三条、第十四条`.
fn articles_text(cites: &[Cite]) -> String {
    let separators = &strings().quiz_area.progress;
    let mut text = String::new();
    let mut previous = None;
    for cite in cites {
        if previous == Some(cite.regulation) {
            text.push_str(separators.article_separator);
            text.push_str(&cite.short_label());
        } else {
            if previous.is_some() {
                text.push_str(separators.regulation_separator);
            }
            text.push_str(&cite.label());
        }
        previous = Some(cite.regulation);
    }
    text
}

/// The export file's name: `liuhen-quiz-<name>-<date>.json`, with characters unsafe in file names replaced.
pub fn export_file_name(name: &str, date: chrono::NaiveDate) -> String {
    let safe: String = name
        .trim()
        .chars()
        .map(|c| if c.is_control() || c.is_whitespace() || "/\\:*?\"<>|".contains(c) { '_' } else { c })
        .collect();
    let safe = if safe.is_empty() { strings().quiz_area.progress.unnamed.to_string() } else { safe };
    format!("liuhen-quiz-{safe}-{}.json", date.format("%Y-%m-%d"))
}

/// Export as a JSON download, and reset after a confirmation.
#[component]
fn ExportAndReset() -> impl IntoView {
    let text = &strings().quiz_area.progress;
    let state = expect_context::<QuizState>();
    let app = expect_context::<AppState>();
    let message = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let export = move |_| {
        let name = app.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
        let file = export_file_name(&name, today());
        let json = state.progress.with_untracked(Progress::to_json);
        message.set(Some(match download_text(&file, "application/json", &json) {
            Ok(()) => (text.exported)(&file),
            Err(error) => (text.export_failed)(&error),
        }));
    };
    let reset = move |_| {
        state.reset_progress();
        confirming.set(false);
        message.set(Some(text.reset_done.to_string()));
    };
    view! {
        <section class="card" aria-labelledby="manage-heading">
            <h2 id="manage-heading">{text.manage_heading}</h2>
            <p class="toolbar">
                <button type="button" data-testid="export-progress" on:click=export>{text.export}</button>
                <button type="button" data-testid="reset-progress" on:click=move |_| confirming.set(true)>{text.reset}</button>
            </p>
            <Show when=move || confirming.get()>
                <div class="confirm alarm" role="group" aria-labelledby="reset-confirm-text" data-testid="reset-confirm">
                    <p id="reset-confirm-text">{text.reset_confirm}</p>
                    <button type="button" class="primary" data-testid="reset-confirm-yes" on:click=reset>{text.reset_yes}</button>
                    " "
                    <button type="button" data-testid="reset-confirm-no" on:click=move |_| confirming.set(false)>{text.cancel}</button>
                </div>
            </Show>
            <p role="status" data-testid="manage-message">{move || message.get()}</p>
        </section>
    }
}
