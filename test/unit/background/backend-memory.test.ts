import { describe, expect, it } from 'vitest';
import { backendMemory } from '../../../src/background/classifier/backend-memory.ts';

function area() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k: string) => (k in data ? { [k]: data[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('backendMemory', () => {
  it('remembers the choice per model, and forgets it for another model', async () => {
    const a = area();
    await backendMemory(a, 'model-a').set('webgpu', 'faster');
    expect(await backendMemory(a, 'model-a').get()).toBe('webgpu');
    expect(await backendMemory(a, 'model-b').get()).toBeNull();
  });

  it('reads junk as nothing remembered', async () => {
    const a = area();
    a.data.classifierBackend = { backend: 'tpu', model: 'model-a' };
    expect(await backendMemory(a, 'model-a').get()).toBeNull();
  });
});
