//! The interference record form (R2 Art. 3: 时间、地点、人物、方式、内容), the case, the recorders, the structured
//! questions the rules engine needs, and the report status.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::record::{CaseStage, FormField};
use crate::rules::r2::{Conduct, ContactMethod, PersonCategory, assess_with};
use crate::ui::components::{CheckField, ChoiceField, TextAreaField, TextField};
use crate::ui::state::AppState;

fn choices<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().enumerate().map(|(i, v)| (i.to_string(), label(*v).to_string())).collect()
}

/// The form's fields. Children (e.g. the amendment reason) are placed before the submit button.
#[component]
pub fn RecordFields(
    state: FormState,
    submit_label: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let readings = expect_context::<AppState>().readings;
    let preview = Memo::new(move |_| {
        let form = state.form();
        (!form.facts.conduct.is_empty()).then(|| readings.with(|r| assess_with(&form.facts, &r.r2).verdict.label()))
    });
    view! {
        <fieldset class="card">
            <legend>"基本情况（第三条：时间、地点、人物、方式、内容）"</legend>
            <div class="grid-2">
                <TextField id="occurred-at" label="时间" value=state.occurred_at input_type="datetime-local" required=true
                    error=state.error(FormField::OccurredAt) hint="干预、插手发生的日期和时间" />
                <TextField id="place" label="地点" value=state.place required=true
                    error=state.error(FormField::Place) hint="电话、短信联系的可填“电话”等" />
                <TextField id="person-name" label="人物姓名" value=state.person_name required=true
                    error=state.error(FormField::PersonName) hint="姓名不详的填写“不详”" />
                <TextField id="person-unit" label="人物单位或部门" value=state.person_unit
                    error=state.error(FormField::PersonUnit) hint="离退休、调离人员填写原单位" />
                <TextField id="person-position" label="人物职务" value=state.person_position hint="可不填" />
                <ChoiceField id="category" label="人物类别（第二条）" value=state.category required=true
                    choices=choices(&PersonCategory::ALL, PersonCategory::label) error=state.error(FormField::Category)
                    hint="在编在岗、聘用、离退休、曾在本局工作的人员均属内部人员" />
                <ChoiceField id="method" label="方式" value=state.method required=true
                    choices=choices(&ContactMethod::ALL, ContactMethod::label) error=state.error(FormField::Method) />
            </div>
            <TextAreaField id="content" label="内容" value=state.content required=true
                error=state.error(FormField::Content) hint="如实记录对方说了什么、要求什么、提供了什么材料" />
        </fieldset>

        <fieldset class="card">
            <legend>"所涉案件"</legend>
            <div class="grid-2">
                <TextField id="case-number" label="案号" value=state.case_number
                    error=state.error(FormField::CaseNumber) hint="尚未立案的可不填，办理阶段选“立案”" />
                <TextField id="case-cause" label="案由" value=state.case_cause required=true
                    error=state.error(FormField::CaseCause) hint="例如：未批先建、非法占地、无证开采" />
                <ChoiceField id="case-stage" label="办理阶段" value=state.case_stage required=true
                    choices=choices(&CaseStage::ALL, CaseStage::label) error=state.error(FormField::CaseStage) />
                <TextField id="recorders" label="记录人" value=state.recorders required=true
                    error=state.error(FormField::Recorders) hint="多人用顿号分隔，例如：张三、李四" />
            </div>
        </fieldset>

        <fieldset class="card">
            <legend>"情况研判（供规则引擎判断，请按实际情况勾选）"</legend>
            <div class="field" role="group" aria-labelledby="conduct-heading" aria-describedby="conduct-error">
                <p class="group-label" id="conduct-heading">"对方要求或所做的事（可多选）" <span class="required" aria-hidden="true">" *"</span></p>
                {Conduct::ALL
                    .into_iter()
                    .zip(state.conduct)
                    .enumerate()
                    .map(|(i, (conduct, checked))| {
                        view! { <CheckField id=format!("conduct-{i}") label=conduct.label().to_string() checked=checked /> }
                    })
                    .collect_view()}
                <p class="error" id="conduct-error" data-testid="conduct-error">{move || state.error(FormField::Conduct).get()}</p>
            </div>
            <div class="questions">
                <CheckField id="is-bureau-leader".to_string() label="对方是局机关领导干部".to_string() checked=state.is_bureau_leader
                    hint="第七条：领导干部因履行领导、监督职责提出指导性意见" />
                <CheckField id="department-supervises".to_string() label="对方所在部门对本案有指导、管理、监督职能".to_string()
                    checked=state.department_supervises_case hint="第十四条第（一）项" />
                <CheckField id="within-authority".to_string() label="对方的要求在其职权范围内".to_string() checked=state.within_authority
                    hint="不清楚时不要勾选；第十条第（一）（二）项针对超越职权" />
                <CheckField id="for-official-duty".to_string() label="对方是因履行职责需要".to_string() checked=state.for_official_duty
                    hint="第七条、第八条、第十四条" />
                <CheckField id="through-procedure".to_string() label="经过法律程序或正常工作程序（如公函、审批、会议）".to_string()
                    checked=state.through_procedure hint="第七条、第八条、第十四条" />
                <CheckField id="on-behalf-of-party".to_string() label="对方受当事人或其亲属之托，或为其转递材料、打探案情".to_string()
                    checked=state.on_behalf_of_party hint="第十条第（六）项" />
                <CheckField id="recorded-by-handler".to_string() label="口头意见或了解情况已由办案人员记录在案".to_string()
                    checked=state.recorded_by_handler hint="第七条、第十四条第（二）项：已记入案卷或工作记录" />
            </div>
            <p class="preview" role="status" data-testid="verdict-preview">
                {move || preview.get().map(|label| format!("研判预览：{label}（保存后显示依据和理由）"))}
            </p>
        </fieldset>

        <fieldset class="card">
            <legend>"报告情况（第三条）"</legend>
            <CheckField id="reported-legal".to_string() label="已向局机关法治科报告".to_string() checked=state.reported_to_legal_section />
            <Show when=move || state.reported_to_legal_section.get()>
                <TextField id="legal-date" label="向法治科报告的日期" value=state.legal_section_date input_type="date"
                    required=true error=state.error(FormField::LegalSectionDate) />
            </Show>
            <CheckField id="reported-justice".to_string() label="已直接向区司法局报告（必要时）".to_string()
                checked=state.reported_to_justice_bureau />
            <Show when=move || state.reported_to_justice_bureau.get()>
                <TextField id="justice-date" label="向区司法局报告的日期" value=state.justice_bureau_date input_type="date"
                    required=true error=state.error(FormField::JusticeBureauDate) />
            </Show>
        </fieldset>

        {children.map(|c| c())}
        <div class="form-actions">
            <button type="submit" class="primary" data-testid="record-submit">{submit_label}</button>
        </div>
    }
}
