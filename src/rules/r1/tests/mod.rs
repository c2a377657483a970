//! Native tests of the R1 engine: one table of cases per article item (with near-misses), the coverage check over
//! that table, worked scenarios, and properties over arbitrary input.

mod article_cases;
mod builders;
mod case_causes;
mod properties;
mod scenarios;
