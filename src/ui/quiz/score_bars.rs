//! A bar chart as a table: each row a label, a bar and its value as text, so nothing relies on colour or shape.
//! The caption is for screen readers; the section's heading says the same on screen.

use leptos::prelude::*;

use crate::i18n::strings;

/// One row of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    /// What the row measures, e.g. an article's label.
    pub label: String,
    /// The value, 0–100, drawn as the bar's length and written as text.
    pub percent: u8,
    /// The figures behind the value, e.g. `答对 3 / 4 题`.
    pub detail: String,
}

/// The rows as a table with a caption; the bars are decoration, the text carries the values.
#[component]
pub fn ScoreBars(
    caption: &'static str,
    value_heading: &'static str,
    rows: Vec<BarRow>,
    test_id: &'static str,
) -> impl IntoView {
    let text = &strings().quiz_area.bars;
    view! {
        <div class="table-wrap">
            <table class="bars" data-testid=test_id>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr><th scope="col">{text.article}</th><th scope="col">{value_heading}</th><th scope="col">{text.detail}</th></tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let width = format!("width: {}%", row.percent.min(100));
                            view! {
                                <tr data-testid="bar-row">
                                    <th scope="row" data-testid="bar-label">{row.label}</th>
                                    <td class="bar-cell">
                                        <span class="bar" aria-hidden="true"><span class="bar-fill" style=width></span></span>
                                        <span class="bar-value" data-testid="bar-value">{format!("{}%", row.percent)}</span>
                                    </td>
                                    <td data-testid="bar-detail">{row.detail}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
