//! [`Binding`]: what a form control reads and writes, either a signal of its own or a slice of a larger value (the
//! record form is one [`crate::record::RecordForm`] in one signal, and each control binds to its part of it).

use leptos::prelude::*;

/// A readable, writable value for one control.
#[derive(Debug)]
pub struct Binding<T: Send + Sync + 'static> {
    /// The current value (tracked).
    pub get: Signal<T>,
    /// Sets it.
    pub set: SignalSetter<T>,
}

impl<T: Send + Sync + 'static> Clone for Binding<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Binding<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Binding<T> {
    /// The part of `whole` that `read` reads and `write` writes; changing it updates `whole`, and it only notifies
    /// its readers when its own value changes.
    pub fn slice<W: Send + Sync + 'static>(
        whole: RwSignal<W>,
        read: impl Fn(&W) -> T + Copy + Send + Sync + 'static,
        write: impl Fn(&mut W, T) + Copy + Send + Sync + 'static,
    ) -> Self {
        let (get, set) = create_slice(whole, read, write);
        Binding { get, set }
    }
}

impl<T: Clone + Send + Sync + 'static> From<RwSignal<T>> for Binding<T> {
    fn from(signal: RwSignal<T>) -> Self {
        Binding { get: signal.into(), set: SignalSetter::map(move |value| signal.set(value)) }
    }
}
