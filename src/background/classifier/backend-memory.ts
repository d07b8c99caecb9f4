// Remembers which backend the classifier probe chose, per model version, in storage.local:
// the probe runs once, not at every service-worker start.
import type { Backend, BackendMemory } from './load-extension-classifier.ts';
import { SHIPPED_MODEL_ID } from '../../classifier/shipped-model.ts';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'classifierBackend';

export function backendMemory(area: LocalArea, modelId = SHIPPED_MODEL_ID): BackendMemory {
  return {
    async get() {
      try {
        const stored = (await area.get(KEY))[KEY] as { backend?: unknown; model?: unknown } | undefined;
        if (stored?.model !== modelId) return null;
        return stored.backend === 'webgpu' || stored.backend === 'wasm' ? (stored.backend as Backend) : null;
      } catch {
        return null;
      }
    },
    async set(backend, reason) {
      await area.set({ [KEY]: { backend, reason, model: modelId, at: new Date().toISOString() } }).catch(() => undefined);
    },
  };
}
