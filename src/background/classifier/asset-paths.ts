// Where the build puts the classifier's files inside the extension (tools/build/bundled-assets.ts),
// and where the background loads them from.

/**
 * onnxruntime-web's plain WebAssembly build, which transformers.js runs on in the extension (the
 * build points transformers.js at onnxruntime-web/wasm): it compiles in about half the time of the
 * WebGPU build's, and the service worker starts cold after every 30 s idle.
 */
export const ORT_WASM_PATH = 'ort/ort-wasm-simd-threaded.wasm';
/** the WebGPU build's WebAssembly, loaded only where a WebGPU adapter exists (the probe, or remembered) */
export const ORT_WEBGPU_WASM_PATH = 'ort/ort-wasm-simd-threaded.asyncify.wasm';
/** the folder holding model folders (transformers.js's localModelPath) */
export const MODELS_PATH = 'models/';
