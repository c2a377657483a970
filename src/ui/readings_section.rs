//! 设置 → 本局口径: the bureau's readings of the rules' open points and the policy behind every 建议, set by 法治科.
//!
//! Each reading shows both choices with what they mean; the choice the engine argues for is marked 系统默认.

use leptos::prelude::*;

use super::state::AppState;
use crate::journal::StoreError;
use crate::rules::deadline::DayCounting;
use crate::rules::r1::{LiableAct, SanctionKind, SanctionPolicy, WeighingRule};
use crate::settings::Readings;
use crate::web::readings_store::save_readings;

/// The most steps a circumstance may move a suggestion (six kinds in Art. 11, so more changes nothing).
const MAX_STEPS: u8 = 6;

/// A reading with two choices: what is asked, the provisions, and what each answer means.
struct TwoWayReading {
    /// The id of the radio group (also its `data-testid`).
    id: &'static str,
    /// The question.
    question: &'static str,
    /// The provisions in question.
    provisions: &'static str,
    /// What “yes” means.
    yes: &'static str,
    /// What “no” means.
    no: &'static str,
    /// The engine's default answer.
    default: bool,
    /// Reads the answer.
    get: fn(&Readings) -> bool,
    /// Sets the answer.
    set: fn(&mut Readings, bool),
}

/// The four R2 readings ([`crate::rules::r2::Interpretation`]).
static R2_READINGS: [TwoWayReading; 4] = [
    TwoWayReading {
        id: "reading-outside-officials",
        question: "上级机关、其他执法机关的工作人员是否属于第二条所称“内部人员”？",
        provisions: "R2 第二条、第七条、第八条、第十条",
        yes: "属于。第二条所称“在行政执法机关工作的人员”未限于本局，第七条、第八条也把这些人员纳入本制度，故第十条（违反规定干预办案）同样适用于他们。",
        no: "不属于。第十条只说“局机关内部人员”，对上级机关、其他执法机关的工作人员只适用第七条、第八条和第十四条（依程序办理、书面提出等）。",
        default: true,
        get: |r| r.r2.outside_officials_are_internal,
        set: |r, v| r.r2.outside_officials_are_internal = v,
    },
    TwoWayReading {
        id: "reading-unrecorded-oral",
        question: "领导口头提出的指导意见、他人口头了解情况，办案人员尚未记录时，是否认定为干预？",
        provisions: "R2 第七条、第十条第（七）项、第十三条、第十四条第（二）项",
        yes: "认定为干预。第十四条第（二）项以“办案人员做好工作记录”作为不认定为干预的条件，记录之前按第十条第（七）项认定为违反规定干预。",
        no: "不认定为干预，但应立即补记（待记录）。第七条规定口头提出的“由办案人员记录在案”，记录是办案人员的义务：对方已按程序提出，未记录的责任由办案人员依第十三条承担。",
        default: false,
        get: |r| r.r2.unrecorded_oral_is_interference,
        set: |r, v| r.r2.unrecorded_oral_is_interference = v,
    },
    TwoWayReading {
        id: "reading-repeat-second",
        question: "第十三条“两次以上不记录或者不如实记录”是否包括第二次？",
        provisions: "R2 第十三条",
        yes: "包括。按法律用语习惯，“以上”包括本数，第二次被认定即属“两次以上”，移交纪检部门给予纪律处分。",
        no: "不包括。第三次及以后才属“两次以上”，第二次仍予警告、通报批评。",
        default: true,
        get: |r| r.r2.repeat_includes_second_finding,
        set: |r, v| r.r2.repeat_includes_second_finding = v,
    },
    TwoWayReading {
        id: "reading-instructed-handler",
        question: "主管领导授意不记录或者不如实记录时，办案人员本人是否仍被追究？",
        provisions: "R2 第十三条",
        yes: "仍被追究。第十三条第三句另行追究主管领导的责任，并不免除前两句对办案人员本人的追究。",
        no: "不追究办案人员。授意使责任转由主管领导一人承担。",
        default: true,
        get: |r| r.r2.instructed_handler_also_liable,
        set: |r, v| r.r2.instructed_handler_also_liable = v,
    },
];

/// The R1 reading of “终审判决” ([`crate::rules::r1::BureauPolicy::effective_first_instance_is_final`]).
static FINAL_JUDGMENT_READING: TwoWayReading = TwoWayReading {
    id: "reading-first-instance-final",
    question: "第五条第4项“人民法院终审判决”：上诉期满无人上诉而生效的一审判决，是否视同终审判决？",
    provisions: "R1 第五条第4项",
    yes: "视同终审判决。一审判决上诉期满无人上诉即发生法律效力、终结诉讼，与终审判决效果相同。",
    no: "不视同。只认可二审终审判决（或按二审程序作出的再审判决），未上诉而生效的一审判决不构成第4项情形。",
    default: true,
    get: |r| r.r1.effective_first_instance_is_final,
    set: |r, v| r.r1.effective_first_instance_is_final = v,
};

/// The section on the settings page.
#[component]
pub fn ReadingsSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = RwSignal::new(state.readings.get_untracked());
    let status = RwSignal::new(None::<Result<&'static str, String>>);
    let unsaved = move || draft.with(|d| state.readings.with(|saved| d != saved));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let readings = draft.get_untracked();
        match save_readings(&readings) {
            Ok(()) => {
                state.readings.set(readings);
                status.set(Some(Ok("本局口径已保存。此后的研判、错案倒查和期限计算均按此口径。")));
            }
            Err(StoreError::QuotaExceeded) => {
                status.set(Some(Err("浏览器存储空间已满，本局口径未保存，仍按原口径计算。".to_string())))
            }
            Err(StoreError::Unavailable(detail)) => {
                status.set(Some(Err(format!("无法写入浏览器存储，本局口径未保存，仍按原口径计算（{detail}）。"))))
            }
        }
    };
    let reset = move |_| {
        draft.set(Readings::default());
        status.set(Some(Ok("已恢复为系统默认口径，尚未保存：点击“保存本局口径”后生效。")));
    };
    view! {
        <section class="card readings" data-testid="readings-section" aria-labelledby="readings-heading">
            <h2 id="readings-heading">"本局口径"</h2>
            <p>
                "本节由" <strong>"局法治科"</strong> "统一设定：条文有歧义之处的理解（解释口径）、期限的计算方法，以及生成“建议”所用的本局政策。"
                "所有使用人都可以查看；如需更改，请联系法治科。设定只保存在本机浏览器中。"
            </p>
            <p class="notice-inline">
                "标为“本局政策”的内容不是两项制度的规定，只用于生成供参考的“建议”：本制度未规定何种行为对应何种处理，"
                "处理建议由局法治科提出，经机关领导集体讨论后作出处理决定（R1 第七条、第十条第（三）项）。"
            </p>
            <form on:submit=save novalidate data-testid="readings-form">
                <fieldset class="reading-group">
                    <legend>"一、R2《内部人员干预、插手案件办理的记录、通报和责任追究制度》的解释口径"</legend>
                    {R2_READINGS.iter().map(|reading| view! { <TwoWay reading=reading draft=draft /> }).collect_view()}
                </fieldset>
                <fieldset class="reading-group">
                    <legend>"二、R1《行政执法错案责任倒查问责制度》的解释口径"</legend>
                    <TwoWay reading=&FINAL_JUDGMENT_READING draft=draft />
                    <DayCountingChoice draft=draft />
                </fieldset>
                <SanctionPolicyFields draft=draft />
                <div class="form-actions">
                    <button type="submit" class="primary" data-testid="readings-save">"保存本局口径"</button>
                    " "
                    <button type="button" data-testid="readings-reset" on:click=reset>"恢复默认"</button>
                    " "
                    <span class="hint" data-testid="readings-unsaved">{move || unsaved().then_some("有尚未保存的更改。")}</span>
                </div>
                {move || status.get().map(|s| match s {
                    Ok(message) => view! { <p class="ok" role="status" data-testid="readings-status">{message}</p> }.into_any(),
                    Err(message) => view! { <p class="error" role="alert" data-testid="readings-status">{message}</p> }.into_any(),
                })}
            </form>
        </section>
    }
}

/// `（系统默认）` after the engine's default choice.
fn default_mark(is_default: bool) -> Option<&'static str> {
    is_default.then_some("（系统默认）")
}

/// One two-way reading as a radio group.
#[component]
fn TwoWay(reading: &'static TwoWayReading, draft: RwSignal<Readings>) -> impl IntoView {
    let get = reading.get;
    let set = reading.set;
    let option = move |answer: bool, text: &'static str| {
        let id = format!("{}-{}", reading.id, if answer { "yes" } else { "no" });
        view! {
            <div class="choice">
                <input
                    type="radio"
                    id=id.clone()
                    data-testid=id.clone()
                    name=reading.id
                    prop:checked=move || draft.with(|r| get(r) == answer)
                    on:change=move |_| draft.update(|r| set(r, answer))
                />
                <label for=id>
                    <strong>{if answer { "是" } else { "否" }} {default_mark(reading.default == answer)}"："</strong>
                    {text}
                </label>
            </div>
        }
    };
    view! {
        <fieldset class="reading" data-testid=reading.id>
            <legend>{reading.question} <span class="cite-id">{reading.provisions}</span></legend>
            {option(true, reading.yes)}
            {option(false, reading.no)}
        </fieldset>
    }
}

/// R1-10-1 “2日”: calendar days or working days, with the reasoning for the choice.
#[component]
fn DayCountingChoice(draft: RwSignal<Readings>) -> impl IntoView {
    view! {
        <fieldset class="reading" data-testid="reading-day-counting">
            <legend>"第十条第（一）项“应在受理后2日内转送有权部门”：“2日”如何计算？" <span class="cite-id">"R1 第十条第（一）项"</span></legend>
            {DayCounting::ALL
                .into_iter()
                .map(|counting| {
                    let id = format!("day-counting-{}", counting.label());
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=id.clone()
                                data-testid=format!("day-counting-{}", if counting == DayCounting::CalendarDays { "calendar" } else { "working" })
                                name="day-counting"
                                prop:checked=move || draft.with(|r| r.day_counting == counting)
                                on:change=move |_| draft.update(|r| r.day_counting = counting)
                            />
                            <label for=id>
                                <strong>"按" {counting.label()} "计算" {default_mark(counting == DayCounting::default())}</strong>
                            </label>
                        </div>
                    }
                })
                .collect_view()}
            <p class="basis" data-testid="day-counting-basis">{move || draft.with(|r| r.day_counting.basis(2))}</p>
        </fieldset>
    }
}

/// The sanction policy (本局政策): the weighing rule, the step sizes and the table behind every 建议.
#[component]
fn SanctionPolicyFields(draft: RwSignal<Readings>) -> impl IntoView {
    let steps = move |id: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      get: fn(&Readings) -> u8,
                      set: fn(&mut Readings, u8)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select
                    id=id
                    data-testid=id
                    aria-describedby=hint_id.clone()
                    prop:value=move || draft.with(|r| get(r).to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u8>() {
                            draft.update(|r| set(r, n.min(MAX_STEPS)));
                        }
                    }
                >
                    {(0..=MAX_STEPS)
                        .map(|n| view! { <option value=n.to_string() selected=move || draft.with(|r| get(r) == n)>{format!("{n}档")}</option> })
                        .collect_view()}
                </select>
                <p class="hint" id=hint_id>{hint}</p>
            </div>
        }
    };
    view! {
        <fieldset class="reading-group policy">
            <legend>"三、处理建议政策（本局政策，非本制度规定；只用于生成“建议”）"</legend>
            <fieldset class="reading" data-testid="reading-weighing">
                <legend>"同一人员既有第八条从轻（免于追究）情形、又有第九条从重情形时，建议如何权衡？" <span class="cite-id">"R1 第八条、第九条"</span></legend>
                {WeighingRule::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(index, rule)| {
                        let id = format!("weighing-{index}");
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    data-testid=id.clone()
                                    name="weighing"
                                    prop:checked=move || draft.with(|r| r.r1.sanction.weighing == rule)
                                    on:change=move |_| draft.update(|r| r.r1.sanction.weighing = rule)
                                />
                                <label for=id>
                                    <strong>{rule.label()} {default_mark(rule == WeighingRule::default())}"："</strong>
                                    {rule.description()}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="grid-2">
                {steps(
                    "mitigation-steps",
                    "有第八条情形时，建议减轻的档数",
                    "按第十一条所列六种方式由轻到重计档；减至零档即建议免于追究。系统默认：1档。",
                    |r| r.r1.sanction.mitigation_steps,
                    |r, n| r.r1.sanction.mitigation_steps = n,
                )}
                {steps(
                    "aggravation-steps",
                    "有第九条情形时，建议加重的档数",
                    "最重为行政处分。系统默认：1档。",
                    |r| r.r1.sanction.aggravation_steps,
                    |r, n| r.r1.sanction.aggravation_steps = n,
                )}
            </div>
            <h3 id="sanction-table-heading">"基准建议表：第六条所列行为 → 建议的第十一条处理方式"</h3>
            <p class="hint">"一人有多项行为时，以表中最重的一项为基准；系统默认表按责罚相当、惩处与教育相结合原则（第四条）拟定。"</p>
            <div class="table-wrap">
                <table data-testid="sanction-table" aria-labelledby="sanction-table-heading">
                    <thead><tr><th scope="col">"第六条所列行为"</th><th scope="col">"建议的处理方式（第十一条）"</th></tr></thead>
                    <tbody>
                        {LiableAct::ALL.into_iter().map(|act| view! { <SanctionRow act=act draft=draft /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </fieldset>
    }
}

/// One row of the sanction table: an Art. 6 act and the Art. 11 kind suggested for it.
#[component]
fn SanctionRow(act: LiableAct, draft: RwSignal<Readings>) -> impl IntoView {
    let id = format!("sanction-{}", act.item());
    let default = SanctionPolicy::default_base(act);
    let current = move || draft.with(|r| r.r1.sanction.base_for(act));
    view! {
        <tr>
            <th scope="row">
                <label for=id.clone()>{act.cite().short_label()} " " {act.label()}</label>
            </th>
            <td>
                <select
                    id=id.clone()
                    data-testid=id
                    prop:value=move || current().rank().to_string()
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<u8>().ok().and_then(SanctionKind::from_rank);
                        if let Some(kind) = chosen {
                            draft.update(|r| {
                                r.r1.sanction.base.insert(act, kind);
                            });
                        }
                    }
                >
                    {SanctionKind::ALL
                        .into_iter()
                        .map(|kind| {
                            let text = format!("{}. {}{}", kind.rank(), kind.label(), default_mark(kind == default).unwrap_or_default());
                            view! { <option value=kind.rank().to_string() selected=move || current() == kind>{text}</option> }
                        })
                        .collect_view()}
                </select>
            </td>
        </tr>
    }
}
