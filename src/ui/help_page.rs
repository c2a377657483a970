//! 帮助: what each role does with the app, the reader's own role first. Reachable from every page.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::strings;
use crate::settings::Role;

/// The help page, for `/help`.
#[component]
pub fn HelpPage() -> impl IntoView {
    let all = strings();
    let text = &all.help;
    let role = expect_context::<AppState>().profile.with_untracked(|p| p.as_ref().map(|p| p.role).unwrap_or_default());
    let mut sections = vec![(Role::Officer, text.officer), (Role::Legal, text.legal), (Role::Trainee, text.trainee)];
    sections.sort_by_key(|(r, _)| *r != role);
    view! {
        <section data-testid="help-page">
            <h1>{all.nav.help}</h1>
            <p class="lead">{text.intro}</p>
            {sections
                .into_iter()
                .map(|(r, (heading, paragraphs))| view! {
                    <section class="card" data-testid=format!("help-{}", r.key())>
                        <h2>{heading}</h2>
                        {paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    </section>
                })
                .collect_view()}
        </section>
    }
}
