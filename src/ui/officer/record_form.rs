//! The interference record form (R2 Art. 3: 时间、地点、人物、方式、内容), the case, the recorders, the structured
//! questions the rules engine needs, and the report status.

use leptos::prelude::*;

use super::draft_notice::DraftNotice;
use super::form_state::FormState;
use super::verdict_changes::VerdictChanges;
use crate::i18n::strings;
use crate::record::{CaseStage, FormField};
use crate::rules::r2::{Conduct, ContactFact, ContactMethod, Occasion, PersonCategory, what_would_change};
use crate::rules::run_contact;
use crate::ui::components::{AnswerField, CheckField, ChoiceField, TextAreaField, TextField};
use crate::ui::state::AppState;

fn choices<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().enumerate().map(|(i, v)| (i.to_string(), label(*v).to_string())).collect()
}

/// The id of the control that a field's error refers to (for a group of checkboxes, its first box).
pub fn field_id(field: FormField) -> &'static str {
    match field {
        FormField::OccurredAt => "occurred-at",
        FormField::Place => "place",
        FormField::PersonName => "person-name",
        FormField::PersonUnit => "person-unit",
        FormField::Category => "category",
        FormField::Method => "method",
        FormField::Content => "content",
        FormField::CaseNumber => "case-number",
        FormField::CaseCause => "case-cause",
        FormField::CaseStage => "case-stage",
        FormField::Recorders => "recorders",
        FormField::Conduct => "conduct-0",
        FormField::LegalSectionDate => "legal-date",
        FormField::JusticeBureauDate => "justice-date",
    }
}

/// The form's fields, after a notice if the autosaved draft could not be used. Children (e.g. the amendment
/// reason, the error summary) are placed before the submit button.
#[component]
pub fn RecordFields(
    state: FormState,
    submit_label: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let readings = expect_context::<AppState>().readings;
    let text = &strings().officer_area.form;
    let preview = Memo::new(move |_| {
        let form = state.form();
        if form.facts.conduct.is_empty() {
            return None;
        }
        readings.with(|r| {
            let changes = what_would_change(&form.facts, &r.r2);
            Some((run_contact(&form.facts, Occasion::OwnRecord, r).verdict.label(), changes))
        })
    });
    let draft_problem = state.draft_problem.get_value();
    view! {
        {draft_problem.map(|problem| view! { <DraftNotice problem=problem own=true /> })}
        <p class="hint" data-testid="required-note">{text.required_note}</p>
        <fieldset class="card">
            <legend>{text.basics_legend}</legend>
            <div class="grid-2">
                <TextField id=field_id(FormField::OccurredAt) label=FormField::OccurredAt.label() value=state.text(|f| &f.occurred_at, |f| &mut f.occurred_at) input_type="datetime-local" required=true
                    error=state.error(FormField::OccurredAt) hint=text.occurred_at_hint />
                <TextField id=field_id(FormField::Place) label=FormField::Place.label() value=state.text(|f| &f.place, |f| &mut f.place) required=true
                    error=state.error(FormField::Place) hint=text.place_hint />
                <TextField id=field_id(FormField::PersonName) label=FormField::PersonName.label() value=state.text(|f| &f.person_name, |f| &mut f.person_name) required=true
                    error=state.error(FormField::PersonName) hint=text.person_name_hint />
                <TextField id=field_id(FormField::PersonUnit) label=FormField::PersonUnit.label() value=state.text(|f| &f.person_unit, |f| &mut f.person_unit)
                    required=state.person_unit_required() error=state.error(FormField::PersonUnit) hint=text.person_unit_hint />
                <TextField id="person-position" label=text.person_position value=state.text(|f| &f.person_position, |f| &mut f.person_position) hint=text.person_position_hint />
                <ChoiceField id=field_id(FormField::Category) label=FormField::Category.label() value=state.category() required=true
                    choices=choices(&PersonCategory::ALL, PersonCategory::label) error=state.error(FormField::Category)
                    hint=text.category_hint />
                <ChoiceField id=field_id(FormField::Method) label=FormField::Method.label() value=state.method() required=true
                    choices=choices(&ContactMethod::ALL, ContactMethod::label) error=state.error(FormField::Method) />
            </div>
            <TextAreaField id=field_id(FormField::Content) label=FormField::Content.label() value=state.text(|f| &f.content, |f| &mut f.content) required=true
                error=state.error(FormField::Content) hint=text.content_hint />
        </fieldset>

        <fieldset class="card">
            <legend>{text.case_legend}</legend>
            <div class="grid-2">
                <TextField id=field_id(FormField::CaseNumber) label=FormField::CaseNumber.label() value=state.text(|f| &f.case_number, |f| &mut f.case_number)
                    required=state.case_number_required() error=state.error(FormField::CaseNumber) hint=text.case_number_hint />
                <TextField id=field_id(FormField::CaseCause) label=FormField::CaseCause.label() value=state.text(|f| &f.case_cause, |f| &mut f.case_cause) required=true
                    error=state.error(FormField::CaseCause) hint=text.case_cause_hint />
                <ChoiceField id=field_id(FormField::CaseStage) label=FormField::CaseStage.label() value=state.case_stage() required=true
                    choices=choices(&CaseStage::ALL, CaseStage::label) error=state.error(FormField::CaseStage) />
                <TextField id=field_id(FormField::Recorders) label=FormField::Recorders.label() value=state.text(|f| &f.recorders, |f| &mut f.recorders) required=true
                    error=state.error(FormField::Recorders) hint=text.recorders_hint />
            </div>
        </fieldset>

        <fieldset class="card">
            <legend>{text.facts_legend}</legend>
            <div class="field" role="group" aria-labelledby="conduct-heading" aria-describedby="conduct-error">
                <p class="group-label" id="conduct-heading">{text.conduct_heading} <span class="required" aria-hidden="true">" *"</span>
                    <span class="visually-hidden">{text.required}</span></p>
                {Conduct::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, conduct)| {
                        view! { <CheckField id=format!("conduct-{i}") label=conduct.label().to_string() checked=state.conduct(conduct) /> }
                    })
                    .collect_view()}
                <p class="error" id="conduct-error" data-testid="conduct-error">{move || state.error(FormField::Conduct).get()}</p>
            </div>
            <div class="questions">
                {ContactFact::ALL
                    .into_iter()
                    .map(|fact| {
                        let (id, hint) = fact_question(fact);
                        view! { <AnswerField id=id label=fact.question() answer=state.answer(fact) hint=hint /> }
                    })
                    .collect_view()}
            </div>
            <p class="preview" role="status" data-testid="verdict-preview">
                {move || preview.get().map(|(label, _)| (text.preview)(&label))}
            </p>
            {move || preview.get().map(|(_, changes)| view! {
                <p class="group-label">{strings().officer_area.verdict.changes_heading}</p>
                <VerdictChanges changes=changes test_id="preview-changes" />
            })}
        </fieldset>

        <fieldset class="card">
            <legend>{text.report_legend}</legend>
            <CheckField id="reported-legal".to_string() label=text.reported_legal.to_string() checked=state.flag(|f| f.reported_to_legal_section, |f| &mut f.reported_to_legal_section) />
            <Show when=move || state.form.with(|f| f.reported_to_legal_section)>
                <TextField id=field_id(FormField::LegalSectionDate) label=FormField::LegalSectionDate.label() value=state.text(|f| &f.legal_section_date, |f| &mut f.legal_section_date) input_type="date"
                    required=true error=state.error(FormField::LegalSectionDate) />
            </Show>
            <CheckField id="reported-justice".to_string() label=text.reported_justice.to_string()
                checked=state.flag(|f| f.reported_to_justice_bureau, |f| &mut f.reported_to_justice_bureau) />
            <Show when=move || state.form.with(|f| f.reported_to_justice_bureau)>
                <TextField id=field_id(FormField::JusticeBureauDate) label=FormField::JusticeBureauDate.label() value=state.text(|f| &f.justice_bureau_date, |f| &mut f.justice_bureau_date) input_type="date"
                    required=true error=state.error(FormField::JusticeBureauDate) />
            </Show>
        </fieldset>

        {children.map(|c| c())}
        <div class="form-actions">
            <button type="submit" class="primary" data-testid="record-submit">{submit_label}</button>
        </div>
    }
}

/// The form's id and hint of one yes/no fact (its label is [`ContactFact::question`]).
fn fact_question(fact: ContactFact) -> (&'static str, &'static str) {
    let text = &strings().officer_area.form;
    match fact {
        ContactFact::IsBureauLeader => ("is-bureau-leader", text.is_bureau_leader_hint),
        ContactFact::DepartmentSupervisesCase => ("department-supervises", text.department_supervises_hint),
        ContactFact::WithinAuthority => ("within-authority", text.within_authority_hint),
        ContactFact::ForOfficialDuty => ("for-official-duty", text.for_official_duty_hint),
        ContactFact::ThroughProcedure => ("through-procedure", text.through_procedure_hint),
        ContactFact::OnBehalfOfParty => ("on-behalf-of-party", text.on_behalf_of_party_hint),
        ContactFact::RecordedByHandler => ("recorded-by-handler", text.recorded_by_handler_hint),
    }
}
