//! 法规: both regulations in full, every article and item with its id and a stable address (`/law#R2-10-5`), a
//! search over the text, and for each article how many quiz questions cite it. Every quoted citation in the app
//! links here.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::strings;
use crate::law::{Article, Cite, NOTICE, REGULATIONS, Regulation, search};
use crate::quiz::{Quiz, Topic};

/// The reader, for `/law`.
#[component]
pub fn LawPage() -> impl IntoView {
    let all = strings();
    let text = &all.law;
    let query = RwSignal::new(String::new());
    let hits = Memo::new(move |_| query.with(|q| search(q)));
    let app = expect_context::<AppState>();
    // How many bank questions cite each article, under the bureau's readings (the quiz's own answer key).
    let quiz_counts = app.readings.with_untracked(|readings| {
        Quiz::new(readings.clone())
            .topics()
            .into_iter()
            .filter_map(|t| match t.topic {
                Topic::Provision(cite) if cite.item.is_none() => Some((cite, t.questions)),
                _ => None,
            })
            .collect::<Vec<_>>()
    });
    Effect::new(move |_| scroll_to_fragment());
    let on_hash_change = window_event_listener(leptos::ev::hashchange, move |_| scroll_to_fragment());
    on_cleanup(move || on_hash_change.remove());
    view! {
        <section data-testid="law-page">
            <h1>{all.nav.law}</h1>
            <p class="lead">{text.intro}</p>
            <form class="card no-print" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="law-search">{text.search_label}</label>
                    <input id="law-search" data-testid="law-search" type="search" aria-describedby="law-search-hint"
                        on:input=move |ev| query.set(event_target_value(&ev)) />
                    <p class="hint" id="law-search-hint">{text.search_hint}</p>
                </div>
            </form>
            <div role="status" data-testid="law-results">
                {move || (!query.with(|q| q.trim().is_empty())).then(|| {
                    let found = hits.get();
                    view! {
                        <p>{(text.results)(found.len())}</p>
                        <ul class="law-hits">
                            {found.into_iter().map(|hit| view! {
                                <li data-testid="law-hit">
                                    <a href=format!("#{}", hit.cite) on:click=move |_| focus_soon(hit.cite)>
                                        {hit.cite.label()} " " <span class="cite-id">{hit.cite.to_string()}</span>
                                    </a>
                                    <p>{hit.text}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                })}
            </div>
            <details class="card">
                <summary>{text.notice}</summary>
                {NOTICE.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
            </details>
            {REGULATIONS.iter().map(|regulation| view! { <RegulationText regulation=regulation counts=quiz_counts.clone() /> }).collect_view()}
        </section>
    }
}

/// One regulation, article by article.
#[component]
fn RegulationText(regulation: &'static Regulation, counts: Vec<(Cite, usize)>) -> impl IntoView {
    let id = format!("R{}", regulation.number);
    view! {
        <article class="card regulation" id=id.clone() aria-labelledby=format!("{id}-title")>
            <p class="hint">{regulation.issuer}</p>
            <h2 id=format!("{id}-title")>"《"{regulation.title}"》"</h2>
            {regulation.articles.iter().map(|article| {
                let cite = Cite::article(regulation.number, article.number);
                let questions = counts.iter().find(|(c, _)| *c == cite).map_or(0, |(_, n)| *n);
                view! { <ArticleText cite=cite article=article questions=questions /> }
            }).collect_view()}
        </article>
    }
}

/// One article with its items, each with its id and address.
#[component]
fn ArticleText(cite: Cite, article: &'static Article, questions: usize) -> impl IntoView {
    let text = &strings().law;
    let id = cite.to_string();
    view! {
        <section class="law-article" id=id.clone() tabindex="-1" data-testid="law-article">
            <h3>
                {cite.short_label()} " "
                <a class="cite-id" href=format!("#{id}") aria-label=format!("{}{}", text.link_to, id)>{id.clone()}</a>
            </h3>
            {(!article.lead.is_empty()).then(|| view! { <p>{article.lead}</p> })}
            {article.items.iter().map(|item| {
                let item_id = Cite::item(cite.regulation, cite.article, item.number).to_string();
                view! {
                    <p class="law-item" id=item_id.clone() tabindex="-1" data-testid="law-item">
                        {item.marker}{item.text} " "
                        <a class="cite-id" href=format!("#{item_id}") aria-label=format!("{}{}", text.link_to, item_id)>{item_id.clone()}</a>
                    </p>
                }
            }).collect_view()}
            {(questions > 0).then(|| view! {
                <p class="hint"><a href="/quiz/practice">{(text.quiz_questions)(questions)}</a></p>
            })}
        </section>
    }
}

/// On arrival at `/law#R2-10-5` (or a change of the fragment), brings that provision into view and focus (the text
/// is rendered after the page loads, so the browser's own jump to the fragment finds nothing yet).
fn scroll_to_fragment() {
    let Some(window) = web_sys::window() else { return };
    let Ok(hash) = window.location().hash() else { return };
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        focus_provision(id);
    }
}

/// Focuses provision `cite` once the link that leads to it has done its part.
fn focus_soon(cite: Cite) {
    set_timeout(move || focus_provision(&cite.to_string()), std::time::Duration::ZERO);
}

/// Scrolls provision `id` into view and gives it keyboard focus.
fn focus_provision(id: &str) {
    let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    element.scroll_into_view();
    if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
        let _ = element.focus();
    }
}
