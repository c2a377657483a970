//! Entry point: the browser build mounts the app; a native build only explains how to run it.

#[cfg(target_arch = "wasm32")]
fn main() {
    liuhen::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("留痕在浏览器中运行：请执行 ./scripts/serve");
}
