// Where the build puts the classifier's files inside the extension (tools/build/bundled-assets.ts),
// and where the background loads them from.

/**
 * onnxruntime-web's plain WebAssembly build, which transformers.js runs on in the extension (the
 * build points transformers.js at onnxruntime-web/wasm): it compiles in about half the time of the
 * WebGPU build's, and the service worker starts cold after every 30 s idle. The only onnxruntime
 * build the extension ships.
 */
export const ORT_WASM_PATH = 'ort/ort-wasm-simd-threaded.wasm';
/** the folder holding model folders (transformers.js's localModelPath) */
export const MODELS_PATH = 'models/';
