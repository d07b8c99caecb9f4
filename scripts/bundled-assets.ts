// Files the extension ships besides its bundles: the classifier's model folder and the
// onnxruntime-web WebAssembly it runs on. Nothing is ever fetched from a server.
export interface Asset {
  from: string;
  /** path inside the extension folder */
  to: string;
}

export async function bundledAssets(_root: string): Promise<Asset[]> {
  // The classifier lands with its own issue; until then the extension ships no model.
  return [];
}
