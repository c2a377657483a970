//! Select boxes over enum values: the option key of a value is its index in the enum's `ALL`.

/// The select-box key of a choice (empty for none): its index in `all`.
pub fn choice_key<T: PartialEq + Copy>(all: &[T], value: Option<T>) -> String {
    value.and_then(|v| all.iter().position(|x| *x == v)).map(|i| i.to_string()).unwrap_or_default()
}

/// The choice with this select-box key.
pub fn choice_of<T: Copy>(all: &[T], key: &str) -> Option<T> {
    key.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}
