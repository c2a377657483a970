//! A recorded step as it stands: its fields, who recorded it and when, and every earlier version with the reason of
//! each amendment.

use leptos::prelude::*;

use crate::case_file::{CaseStep, FiledStep};
use crate::form_fields::{FieldInput, PlainForm};
use crate::i18n::strings;

/// The text a field's stored value reads as (a choice's label, 是/否, a date, the text).
fn shown(input: &FieldInput, value: &str) -> String {
    let [yes, no] = strings().case_files.yes_no;
    match input {
        FieldInput::Choice(labels) => {
            value.parse::<usize>().ok().and_then(|i| labels.get(i)).map_or("", |l| l).to_string()
        }
        FieldInput::YesNo => match value {
            "yes" => yes.to_string(),
            "no" => no.to_string(),
            _ => String::new(),
        },
        _ => value.to_string(),
    }
}

/// The lines a step shows beyond its plain fields: the findings' officers, the decision's outcomes.
fn summary_lines(step: &CaseStep) -> Vec<String> {
    let text = &strings().case_files;
    match step {
        CaseStep::Findings(f) => {
            let mut lines: Vec<String> = f
                .worksheet
                .grounds
                .iter()
                .map(|g| format!("{}：{}", g.report.event.ground().label(), g.report.verification.label()))
                .collect();
            lines.extend(f.worksheet.officers.iter().map(|o| {
                let acts: Vec<&str> = o.facts.acts.iter().map(|a| a.label()).collect();
                format!(
                    "{}：{}",
                    o.facts.name,
                    if acts.is_empty() { "未认定第六条所列行为".to_string() } else { acts.join("；") }
                )
            }));
            lines
        }
        CaseStep::Decision(d) => {
            let mut lines: Vec<String> = d
                .officers
                .iter()
                .map(|o| {
                    let reason = if o.reason.trim().is_empty() {
                        String::new()
                    } else {
                        format!("（理由：{}）", o.reason.trim())
                    };
                    format!("{}：{}{reason}", o.officer, o.outcome.label())
                })
                .collect();
            if let Some(r) = &d.referral {
                lines.push((text.referred_line)(&r.body, &r.referred_on.map(|d| d.to_string()).unwrap_or_default()));
            }
            lines
        }
        _ => Vec::new(),
    }
}

/// A step as a [`RecordedStep`] shows it: its title and the lines beyond its plain fields.
pub trait ShownStep: PlainForm + Clone + Send + Sync + 'static {
    /// The heading.
    fn title(&self) -> String;
    /// Lines beyond the plain fields (none by default).
    fn lines(&self) -> Vec<String> {
        Vec::new()
    }
}

impl ShownStep for CaseStep {
    fn title(&self) -> String {
        self.label()
    }

    fn lines(&self) -> Vec<String> {
        summary_lines(self)
    }
}

/// One recorded step of any kind: its fields, who recorded it and when, every amendment with its reason.
#[component]
pub fn RecordedStep<S: ShownStep>(
    step: FiledStep<S>,
    #[prop(optional)] on_amend: Option<Callback<FiledStep<S>>>,
) -> impl IntoView {
    let text = &strings().case_files;
    let current = step.current().clone();
    let fields: Vec<(&'static str, String)> = current
        .fields()
        .into_iter()
        .map(|f| (f.label, shown(&f.input, &f.value)))
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    let recorded = step.recorded();
    let recorded_line =
        (text.recorded_by)(&recorded.officer, &recorded.device_time.format("%Y-%m-%d %H:%M").to_string());
    let flagged = step.versions.iter().any(|v| v.author.flagged);
    let amendments: Vec<String> = step
        .versions
        .iter()
        .skip(1)
        .map(|v| {
            (text.version_line)(
                &v.author.device_time.format("%Y-%m-%d %H:%M").to_string(),
                &v.author.officer,
                v.reason.as_deref().unwrap_or(""),
            )
        })
        .collect();
    let count = amendments.len();
    let test_id = format!("step-{}", step.id.short());
    let for_amend = step.clone();
    view! {
        <article class="step-view" data-testid=test_id>
            <h4>{current.title()}</h4>
            {flagged.then(|| view! { <p class="alarm" role="alert">{(text.tampered)(1)}</p> })}
            <dl class="facts">
                {fields.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
            </dl>
            {let lines = current.lines(); (!lines.is_empty()).then(|| view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })}
            <p class="hint">{recorded_line}</p>
            {(count > 0).then(|| view! {
                <details data-testid="step-versions">
                    <summary>{(text.amended_times)(count)}</summary>
                    <ul>{amendments.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </details>
            })}
            {on_amend.map(|amend| view! {
                <button type="button" class="no-print" data-testid="step-amend" on:click=move |_| amend.run(for_amend.clone())>{text.amend}</button>
            })}
        </article>
    }
}
