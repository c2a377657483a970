//! Native figures (not a timed test): R2 assessments per second over 100,000 generated records.
//! Run by `./scripts/bench`, or `cargo bench --bench native`.

use std::hint::black_box;
use std::time::Instant;

use facts::generated_facts;
use liuhen::rules::r2::{Verdict, assess};

#[path = "support/facts.rs"]
mod facts;

fn main() {
    let facts = generated_facts(100_000, 20_200_709); // seed: the regulations' date, 2020-07-09
    let start = Instant::now();
    let prohibited =
        facts.iter().filter(|f| matches!(black_box(assess(f)).verdict, Verdict::Prohibited { .. })).count();
    let seconds = start.elapsed().as_secs_f64();
    println!("== rules engine (native, release)");
    println!(
        "assessed {} records in {:.0} ms: {:.0} records/s ({} prohibited)",
        facts.len(),
        seconds * 1000.0,
        facts.len() as f64 / seconds,
        prohibited
    );
}
