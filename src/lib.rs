//! 留痕 (liuhen): an offline tool for recording internal interference in cases (R2) and for wrong-case
//! accountability (R1), for a district planning and natural-resources bureau.
//!
//! Pure, web-free logic lives in [`law`], [`legal`], [`rules`], [`bundle`], [`calendar`], [`csv_export`], [`journal`], [`record`], [`register`],
//! [`quiz`], [`settings`], [`navigation`], [`transfer`] and [`i18n`]; the browser shell ([`ui`], [`web`]) is compiled
//! only for wasm32.

// The bench generators in benches/support name the crate `liuhen`, as the benches do; the crate's own tests include
// them too.
#[cfg(test)]
extern crate self as liuhen;

pub mod bundle;
pub mod calendar;
pub mod case_file;
pub mod csv_export;
pub mod follow_up;
pub mod form_fields;
pub mod i18n;
pub mod journal;
pub mod law;
pub mod legal;
pub mod navigation;
pub mod quiz;
pub mod record;
pub mod register;
pub mod rules;
pub mod settings;
pub mod transfer;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
