import { describe, expect, it, vi } from 'vitest';
import { ClassifierService, type LoadedClassifier } from '../../../src/background/classifier/classifier-service.ts';
import type { Classifier } from '../../../src/classifier/classifier.ts';
import type { PostScores } from '../../../src/shared/report.ts';

const scoresFor = (text: string): PostScores => ({ inauthentic: text.length / 100, toxic: 0.1, machine_generated: 0.2, propaganda: 0.3 });

function fakeClassifier(calls: string[][], fail = false): Classifier {
  return {
    info: { id: 'fake', version: '1' },
    thresholds: { inauthentic: 0.5, toxic: 0.5, machine_generated: 0.5, propaganda: 0.5 },
    score: async (texts) => {
      calls.push([...texts]);
      if (fail) throw new Error('device lost');
      return texts.map(scoresFor);
    },
    flagged: () => [],
    dispose: async () => undefined,
  };
}

describe('ClassifierService', () => {
  it('loads once, scores in order, and serves repeated texts from its cache', async () => {
    const calls: string[][] = [];
    const load = vi.fn(async (): Promise<LoadedClassifier> => ({ classifier: fakeClassifier(calls), backend: 'wasm' }));
    const service = new ClassifierService({ load });
    const [a, b] = await Promise.all([service.score(['one', 'three']), service.score(['three', 'five!'])]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a?.scores.map((s) => s.inauthentic)).toEqual([0.03, 0.05]);
    expect(b?.scores.map((s) => s.inauthentic)).toEqual([0.05, 0.05]);
    const again = await service.score(['five!', 'one']);
    expect(again?.scores.map((s) => s.inauthentic)).toEqual([0.05, 0.03]);
    expect(calls.flat().filter((t) => t === 'one')).toHaveLength(1);
    expect(service.status()).toMatchObject({ state: 'ready', backend: 'wasm', modelId: 'fake' });
  });

  it('says why it failed to load, and answers null', async () => {
    const service = new ClassifierService({ load: async () => Promise.reject(new Error('model file missing: models/x/onnx/model_quantized.onnx\nstack')) });
    expect(await service.score(['hi'])).toBeNull();
    expect(service.status()).toEqual({ state: 'failed', reason: 'model file missing: models/x/onnx/model_quantized.onnx' });
  });

  it('answers null while still loading past the wait, and scores once ready', async () => {
    let release: (v: LoadedClassifier) => void = () => undefined;
    const service = new ClassifierService({ load: () => new Promise<LoadedClassifier>((r) => (release = r)) });
    expect(await service.score(['hi'], 10)).toBeNull();
    expect(service.status()).toEqual({ state: 'loading' });
    release({ classifier: fakeClassifier([]), backend: 'wasm' });
    expect((await service.score(['hi']))?.scores).toHaveLength(1);
  });

  it('answers null when the model call outlasts the wait, and serves its scores from the cache later', async () => {
    const calls: string[][] = [];
    let finish: () => void = () => undefined;
    const slow: Classifier = {
      ...fakeClassifier(calls),
      score: async (texts) => {
        calls.push([...texts]);
        await new Promise<void>((r) => (finish = r));
        return texts.map(scoresFor);
      },
    };
    const service = new ClassifierService({ load: async () => ({ classifier: slow, backend: 'wasm' }) });
    expect(await service.score(['a slow first call'], 10)).toBeNull();
    expect(service.status()).toMatchObject({ state: 'ready' });
    // asked again while the call runs: the same texts are not queued for a second call
    expect(await service.score(['a slow first call'], 10)).toBeNull();
    finish();
    expect((await service.score(['a slow first call'], 1000))?.scores).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('drops a classifier whose run failed and loads it again on the next call', async () => {
    const calls: string[][] = [];
    let loads = 0;
    const onRunError = vi.fn(async () => undefined);
    const service = new ClassifierService({
      load: async () => ({ classifier: fakeClassifier(calls, loads++ === 0), backend: loads === 1 ? 'webgpu' : 'wasm' }),
      onRunError,
    });
    expect(await service.score(['a'])).toBeNull();
    expect(onRunError).toHaveBeenCalledTimes(1);
    expect(service.status()).toMatchObject({ state: 'failed' });
    expect((await service.score(['a']))?.scores).toHaveLength(1);
    expect(service.status()).toMatchObject({ state: 'ready', backend: 'wasm' });
  });
});
