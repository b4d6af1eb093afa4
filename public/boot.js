// Starts the WebAssembly app. A file of its own because the server's
// Content-Security-Policy forbids inline scripts. The build puts it beside
// the app's modules in dist/pkg/<hash>/, so each build loads its own.
import init from './app.js';

init({ module_or_path: new URL('app_bg.wasm', import.meta.url) });
