//! 学习进度: answers so far, mastery per article as a chart with its values in words, exam results, and export
//! and reset of the stored progress.

use leptos::prelude::*;

use super::exam_page::clock_text;
use super::quiz_state::{QuizState, today};
use super::score_bars::{BarRow, ScoreBars};
use crate::law::Cite;
use crate::quiz::Progress;
use crate::ui::state::AppState;
use crate::web::download::download_text;

/// How many recent answers the history table shows.
const RECENT_ANSWERS: usize = 20;

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let progress = state.progress;
    let answered = Memo::new(move |_| progress.with(|p| p.history.len()));
    let right = Memo::new(move |_| progress.with(|p| p.history.iter().filter(|r| r.correct).count()));
    let exams = Memo::new(move |_| progress.with(|p| p.exams.len()));
    let deck = Memo::new(move |_| progress.with(|p| p.reviews.len()));
    view! {
        <section data-testid="quiz-progress-page">
            <h1>"学习进度"</h1>
            <dl class="counts" data-testid="progress-counts">
                <div><dt>"已答题"</dt><dd data-testid="progress-answered">{move || answered.get()}</dd></div>
                <div>
                    <dt>"正确率"</dt>
                    <dd data-testid="progress-accuracy">
                        {move || if answered.get() == 0 { "—".to_string() } else { format!("{}%", (right.get() * 200 + answered.get()) / (2 * answered.get())) }}
                    </dd>
                </div>
                <div><dt>"考试次数"</dt><dd data-testid="progress-exams">{move || exams.get()}</dd></div>
                <div><dt>"错题本"</dt><dd data-testid="progress-deck">{move || deck.get()}</dd></div>
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
    let state = expect_context::<QuizState>();
    let rows = Memo::new(move |_| {
        state.progress.with(|p| {
            p.mastery()
                .into_iter()
                .map(|m| BarRow {
                    label: m.label,
                    percent: (m.weighted * 100.0).round().clamp(0.0, 100.0) as u8,
                    detail: format!("答对 {} / {} 题", m.right, m.answered),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="mastery-heading" data-testid="mastery">
            <h2 id="mastery-heading">"各条文掌握情况"</h2>
            <p class="hint">"掌握度按答题正确率计算，越近的作答权重越大（每早一次乘以 0.85）。"</p>
            {move || if rows.with(Vec::is_empty) {
                view! { <p data-testid="mastery-empty">"还没有答题记录。"</p> }.into_any()
            } else {
                view! { <ScoreBars caption="各条文掌握度" value_heading="掌握度" rows=rows.get() test_id="mastery-chart" /> }.into_any()
            }}
        </section>
    }
}

/// Every exam taken, newest first.
#[component]
fn ExamList() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let exams = Memo::new(move |_| state.progress.with(|p| p.exams.iter().rev().cloned().collect::<Vec<_>>()));
    view! {
        <section class="card" aria-labelledby="exams-heading">
            <h2 id="exams-heading">"考试记录"</h2>
            {move || if exams.with(Vec::is_empty) {
                view! { <p data-testid="exam-list-empty">"还没有考试记录。"</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table data-testid="exam-list">
                            <caption class="visually-hidden">"历次考试成绩"</caption>
                            <thead><tr>
                                <th scope="col">"交卷时间"</th><th scope="col">"答对"</th><th scope="col">"得分"</th>
                                <th scope="col">"及格线"</th><th scope="col">"结果"</th><th scope="col">"用时"</th>
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
                                            <td class="nowrap">{if exam.passed { "及格" } else { "不及格" }}</td>
                                            <td>{used}{exam.timed_out.then_some("（超时）")}</td>
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
    let state = expect_context::<QuizState>();
    let recent = Memo::new(move |_| {
        state.progress.with(|p| p.history.iter().rev().take(RECENT_ANSWERS).cloned().collect::<Vec<_>>())
    });
    let titles = move |id: &crate::quiz::QuestionId| state.with_quiz(|quiz| quiz.question(id).map(|q| q.title));
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{format!("最近 {RECENT_ANSWERS} 次作答")}</h2>
            {move || if recent.with(Vec::is_empty) {
                view! { <p>"还没有答题记录。"</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table data-testid="answer-history">
                            <caption class="visually-hidden">"最近的作答记录"</caption>
                            <thead><tr><th scope="col">"时间"</th><th scope="col">"题目"</th><th scope="col">"涉及条文"</th><th scope="col">"结果"</th></tr></thead>
                            <tbody>
                                {recent.get().into_iter().map(|record| {
                                    let local = record.at.with_timezone(&chrono::Local);
                                    let (day, time) = (local.format("%Y-%m-%d").to_string(), local.format("%H:%M").to_string());
                                    let title = titles(&record.question_id).unwrap_or_else(|| record.question_id.to_string());
                                    view! {
                                        <tr data-testid="answer-history-row">
                                            <td class="nowrap">{day}<br />{time}</td>
                                            <td>{title}</td>
                                            <td>{articles_text(&record.cites)}</td>
                                            <td class="nowrap">{if record.correct { "答对" } else { "答错" }}</td>
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
    let mut text = String::new();
    let mut previous = None;
    for cite in cites {
        if previous == Some(cite.regulation) {
            text.push('、');
            text.push_str(&cite.short_label());
        } else {
            if previous.is_some() {
                text.push('；');
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
    let safe = if safe.is_empty() { "未署名".to_string() } else { safe };
    format!("liuhen-quiz-{safe}-{}.json", date.format("%Y-%m-%d"))
}

/// Export as a JSON download, and reset after a confirmation.
#[component]
fn ExportAndReset() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let app = expect_context::<AppState>();
    let message = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let export = move |_| {
        let name = app.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
        let file = export_file_name(&name, today());
        let json = state.progress.with_untracked(Progress::to_json);
        message.set(Some(match download_text(&file, "application/json", &json) {
            Ok(()) => format!("已导出：{file}"),
            Err(error) => format!("导出失败：{error}"),
        }));
    };
    let reset = move |_| {
        state.reset_progress();
        confirming.set(false);
        message.set(Some("学习进度已清空。".to_string()));
    };
    view! {
        <section class="card" aria-labelledby="manage-heading">
            <h2 id="manage-heading">"导出与清空"</h2>
            <p class="toolbar">
                <button type="button" data-testid="export-progress" on:click=export>"导出学习进度（JSON）"</button>
                <button type="button" data-testid="reset-progress" on:click=move |_| confirming.set(true)>"清空学习进度"</button>
            </p>
            <Show when=move || confirming.get()>
                <div class="confirm alarm" role="group" aria-labelledby="reset-confirm-text" data-testid="reset-confirm">
                    <p id="reset-confirm-text">"确定清空全部学习进度吗？答题记录、考试成绩和错题本都将删除，且不可恢复。建议先导出。"</p>
                    <button type="button" class="primary" data-testid="reset-confirm-yes" on:click=reset>"确认清空"</button>
                    " "
                    <button type="button" data-testid="reset-confirm-no" on:click=move |_| confirming.set(false)>"取消"</button>
                </div>
            </Show>
            <p role="status" data-testid="manage-message">{move || message.get()}</p>
        </section>
    }
}
