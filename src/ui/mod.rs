//! The browser UI: thin Leptos components that wire signals to the pure modules. Only compiled for wasm32.

mod app;
mod areas;
mod bundles;
mod components;
mod first_run;
mod help_page;
mod journal_state;
mod law_page;
mod legal;
mod officer;
mod panic_banner;
mod published_readings_card;
mod quiz;
mod readings_section;
mod role_switch;
mod settings_page;
mod shell;
mod state;
mod transfer_section;

pub use app::App;
pub use state::AppState;

/// Starts the app: installs the panic banner, mounts [`App`] on `<body>`, then registers the service worker once the
/// first screen is up (registering fetches and parses `sw.js`, which need not delay it).
pub fn start() {
    panic_banner::install();
    leptos::mount::mount_to_body(App);
    leptos::prelude::set_timeout(crate::web::service_worker::register, std::time::Duration::ZERO);
}
