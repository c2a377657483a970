//! A device key's fingerprint shown large, in groups of four, for a person to read aloud and compare with the one
//! on the officer's 设置 page (or a printed enrolment slip). The text is exactly what that page shows.

use leptos::prelude::*;

use crate::bundle::PublicKey;

/// The fingerprint of `public_key`, large and grouped; `testid` names it for tests.
#[component]
pub fn KeyFingerprint(public_key: PublicKey, testid: &'static str) -> impl IntoView {
    let fingerprint = public_key.fingerprint();
    let groups: Vec<String> = fingerprint.split(' ').map(str::to_string).collect();
    let last = groups.len().saturating_sub(1);
    view! {
        <p class="fingerprint-large" data-testid=testid>
            {groups.into_iter().enumerate().map(|(i, group)| view! {
                <span class="fingerprint-group">{group}</span>{(i < last).then_some(" ")}
            }).collect_view()}
        </p>
    }
}
