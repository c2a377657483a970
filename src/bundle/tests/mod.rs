//! Native tests of bundles.
