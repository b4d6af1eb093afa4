// Starts the WebAssembly app. A file of its own because the server's
// Content-Security-Policy forbids inline scripts.
import init from '/pkg/app.js';

// The path is given because this wasm-bindgen build has no default for it.
init({ module_or_path: '/pkg/app_bg.wasm' });

