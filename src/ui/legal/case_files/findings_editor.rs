//! The findings' form: the 错案倒查 worksheet's own parts (grounds, officers, causes) bound to the step, with the
//! engine's result beside it, computed from the file (the investigation's record of obstruction counts, Art. 9).

use leptos::prelude::*;

use super::super::cause_fields::CauseFields;
use super::super::ground_rows::GroundRows;
use super::super::officer_rows::OfficerRows;
use super::super::wrong_case_page::CaseKindField;
use super::super::wrong_case_result::WrongCaseResult;
use crate::case_file::{CaseFile, CaseStep};
use crate::i18n::strings;
use crate::legal::WrongCaseWorksheet;
use crate::rules::run_wrong_case;
use crate::ui::state::AppState;

/// The worksheet of the findings being filled in, and the engine's result.
#[component]
pub fn FindingsEditor(step: RwSignal<CaseStep>, file: CaseFile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = &strings().case_files;
    let initial = step.with_untracked(|s| match s {
        CaseStep::Findings(f) => f.worksheet.clone(),
        _ => WrongCaseWorksheet::default(),
    });
    let counted = file.steps.iter().any(|s| matches!(s.current(), CaseStep::Conduct(n) if n.conduct.is_aggravating()));
    let sheet = RwSignal::new(initial);
    Effect::new(move |_| {
        let worksheet = sheet.get();
        step.update(|s| {
            if let CaseStep::Findings(f) = s
                && f.worksheet != worksheet
            {
                f.worksheet = worksheet;
            }
        });
    });
    let assessment = Memo::new(move |_| {
        let facts = sheet.with(|w| file.facts_with(w));
        state.readings.with(|r| run_wrong_case(&facts, r))
    });
    view! {
        <div class="worksheet-layout">
            <div class="worksheet-inputs">
                <div class="card"><CaseKindField sheet=sheet /></div>
                <GroundRows sheet=sheet />
                <OfficerRows sheet=sheet />
                <CauseFields sheet=sheet />
            </div>
            <div>
                <h3>{text.engine_heading}</h3>
                {counted.then(|| view! { <p class="notice-inline" data-testid="conduct-counted">{text.conduct_counted}</p> })}
                <WrongCaseResult sheet=sheet assessment=assessment />
            </div>
        </div>
    }
}
