//! Browser adapters: storage, clock, randomness, files and the service worker. Only compiled for wasm32.

pub mod case_step_drafts;
pub mod clock;
pub mod device_key_store;
pub mod download;
pub mod draft_store;
pub mod file_read;
pub mod indexed_db;
pub mod journal_db;
pub mod journal_move;
pub mod json_store;
pub mod legal_backup;
pub mod legal_device_store;
pub mod local_store;
pub mod passphrase_crypto;
pub mod profile_store;
pub mod progress_store;
pub mod published_readings_store;
pub mod random;
pub mod readings_store;
pub mod service_worker;
pub mod storage_manager;
pub mod worksheet_store;
