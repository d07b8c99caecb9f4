// storage.local keys an earlier version wrote and this one no longer reads: removed once, when the
// extension is updated, so nothing stays stored that PRIVACY.md no longer lists. Nothing reads
// them meanwhile, so a key left behind (an update event missed) is harmless.
//   classifierBackend  the WebGPU/WASM probe's choice (removed with the WebGPU path, 2026-12, issue #12)
export const RETIRED_LOCAL_KEYS: readonly string[] = ['classifierBackend'];

interface RemovableArea {
  remove(keys: string[]): Promise<void>;
}

export async function forgetRetiredKeys(area: RemovableArea): Promise<void> {
  await area.remove([...RETIRED_LOCAL_KEYS]).catch(() => undefined);
}
