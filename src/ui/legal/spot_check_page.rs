//! 抽查 (R2 Art. 4): draws a reproducible random sample of the merged register. The page shows the parameters in
//! one line, seed included, so anyone can redraw exactly the same sample; each drawn record links to its page.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::register::{RegisterRow, SpotCheck, rows};
use crate::ui::bundles::{MergedState, StoreStatus};
use crate::ui::state::AppState;
use crate::web::random::random_bytes;

/// The spot-check page, for `/legal/spot-check`.
#[component]
pub fn SpotCheckPage() -> impl IntoView {
    let all = strings();
    let text = &all.legal_area.spot_check;
    let merged = expect_context::<MergedState>();
    let app = expect_context::<AppState>();
    let fresh_seed = random_bytes::<4>().map_or(1, |b| u64::from(u32::from_le_bytes(b)));
    let (from, to, department, officer) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let size = RwSignal::new("5".to_string());
    let seed = RwSignal::new(fresh_seed.to_string());
    let error = RwSignal::new(None::<&'static str>);
    let drawn = RwSignal::new(None::<(SpotCheck, Vec<RegisterRow>, usize)>);
    let date = |value: String| NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok();
    let draw = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(size), Ok(seed)) =
            (size.get_untracked().trim().parse::<usize>(), seed.get_untracked().trim().parse::<u64>())
        else {
            error.set(Some(text.numbers_needed));
            return;
        };
        error.set(None);
        let check = SpotCheck {
            from: date(from.get_untracked()),
            to: date(to.get_untracked()),
            department: department.get_untracked(),
            officer: officer.get_untracked(),
            size,
            seed,
        };
        let register = app.readings.with_untracked(|r| merged.with_untracked(|s| rows(s.fold().records, r)));
        let (ids, passed) = check.draw(&register);
        let sample = ids.iter().filter_map(|id| register.iter().find(|row| row.record.id == *id).cloned()).collect();
        drawn.set(Some((check, sample, passed)));
    };
    view! {
        <section data-testid="spot-check-page">
            <p class="breadcrumb no-print"><a href="/legal">{all.nav.legal}</a>" / "{text.title}</p>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            <StoreStatus />
            <form class="filters card no-print" on:submit=draw novalidate aria-label=text.form_label>
                <div class="field"><label for="sc-from">{all.common.register_filters.from}</label><input id="sc-from" data-testid="spot-from" type="date" bind:value=from /></div>
                <div class="field"><label for="sc-to">{all.common.register_filters.to}</label><input id="sc-to" data-testid="spot-to" type="date" bind:value=to /></div>
                <div class="field"><label for="sc-dept">{text.department}</label><input id="sc-dept" data-testid="spot-department" type="search" bind:value=department /></div>
                <div class="field"><label for="sc-officer">{text.officer}</label><input id="sc-officer" data-testid="spot-officer" type="search" bind:value=officer /></div>
                <div class="field"><label for="sc-size">{text.size}</label><input id="sc-size" data-testid="spot-size" type="number" min="1" bind:value=size /></div>
                <div class="field"><label for="sc-seed">{text.seed}</label><input id="sc-seed" data-testid="spot-seed" type="text" inputmode="numeric" aria-describedby="sc-seed-hint" bind:value=seed />
                    <p class="hint" id="sc-seed-hint">{text.seed_hint}</p></div>
                <p><button type="submit" class="primary" data-testid="spot-draw">{text.draw}</button></p>
                <p class="error" role="alert" data-testid="spot-error">{move || error.get()}</p>
            </form>
            <div role="status" data-testid="spot-result">
                {move || drawn.get().map(|(check, sample, passed)| {
                    let parameters = String::from(js_sys::encode_uri_component(&check.describe()));
                    view! {
                    <p data-testid="spot-parameters">{(text.parameters)(&check.describe())}</p>
                    <p>{(text.drawn)(sample.len(), passed)}</p>
                    <ol data-testid="spot-sample">
                        {sample.into_iter().map(|row| {
                            let parameters = parameters.clone();
                            let record = row.current().record.clone();
                            view! {
                                <li data-testid="spot-item">
                                    <a href=format!("/legal/register/{}?spot={}", row.record.id, parameters)>{record.case.number.clone()}</a>
                                    " · "{record.person.name.clone()}" · "{row.verdict().label()}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    }
                })}
            </div>
        </section>
    }
}
