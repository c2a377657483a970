//! Browser adapters: storage, clock, randomness and the service worker. Only compiled for wasm32.

pub mod clock;
pub mod download;
pub mod draft_store;
pub mod json_store;
pub mod local_store;
pub mod profile_store;
pub mod progress_store;
pub mod random;
pub mod readings_store;
pub mod service_worker;
pub mod worksheet_store;
