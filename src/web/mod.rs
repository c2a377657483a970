//! Browser adapters: storage, randomness and the service worker. Only compiled for wasm32.

pub mod profile_store;
pub mod random;
pub mod service_worker;
