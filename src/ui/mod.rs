//! The browser UI: thin Leptos components that wire signals to the pure modules. Only compiled for wasm32.

mod app;
mod areas;
mod bundles;
mod components;
mod first_run;
mod journal_state;
mod legal;
mod officer;
mod panic_banner;
mod quiz;
mod readings_section;
mod settings_page;
mod shell;
mod state;

pub use app::App;
pub use state::AppState;

/// Starts the app: installs the panic banner, registers the service worker and mounts [`App`] on `<body>`.
pub fn start() {
    panic_banner::install();
    crate::web::service_worker::register();
    leptos::mount::mount_to_body(App);
}
