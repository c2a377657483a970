//! The quoted text of cited provisions, so every verdict shows the words it rests on.

use leptos::prelude::*;

use crate::law::{Cite, quote};

/// Each cited provision with its Chinese label, its id (e.g. `R2-10-5`) and its text, as a list of quotations.
#[component]
pub fn QuotedProvisions(cites: Vec<Cite>, #[prop(optional)] test_id: &'static str) -> impl IntoView {
    let test_id = if test_id.is_empty() { "quoted-provisions" } else { test_id };
    view! {
        <div class="quotes" data-testid=test_id>
            {cites
                .into_iter()
                .filter_map(|cite| quote(cite).map(|text| (cite, text)))
                .map(|(cite, text)| {
                    view! {
                        <figure class="quote" data-cite=cite.to_string()>
                            <figcaption>
                                {cite.label()} <a class="cite-id" href=format!("/law#{cite}")>{cite.to_string()}</a>
                            </figcaption>
                            <blockquote>{text}</blockquote>
                        </figure>
                    }
                })
                .collect_view()}
        </div>
    }
}
