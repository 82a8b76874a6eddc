//! A panic inside a file reader caught and turned into that file's error message.

thread_local! {
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs a reader, turning a panic inside it into `Err(message)`. While it runs, panics are
/// caught here and reported as that file's error, so the panic hook should stay quiet
/// (see [`panic_is_caught`]).
pub(crate) fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let was = CATCHING.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(was));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an internal error".to_string())
    })
}

/// True while [`catch_panic`] runs on this thread: a panic hook uses it to stay silent about
/// panics that become a file's error message.
pub fn panic_is_caught() -> bool {
    CATCHING.with(|c| c.get())
}
