import { describe, expect, it, vi } from 'vitest';
import { ClassifierService, type LoadedClassifier } from '../../../src/background/classifier/classifier-service.ts';
import type { Classifier, PostReading } from '../../../src/classifier/classifier.ts';
import type { PostScores } from '../../../src/shared/report.ts';

const inauthentic = (r: PostReading): number | null => (r.read ? r.scores.inauthentic : null);
const scoresFor = (text: string): PostScores => ({ inauthentic: text.length / 100, toxic: 0.1, machine_generated: 0.2, propaganda: 0.3 });

/** Texts starting "de:" are in a language the fake model does not read. */
function fakeClassifier(calls: string[][], fail = false): Classifier {
  const score = async (texts: readonly string[]): Promise<PostScores[]> => {
    calls.push([...texts]);
    if (fail) throw new Error('device lost');
    return texts.map(scoresFor);
  };
  return {
    info: { id: 'fake', version: '1' },
    thresholds: { inauthentic: 0.5, toxic: 0.5, machine_generated: 0.5, propaganda: 0.5 },
    languages: ['en'],
    weights: { inauthentic: 1, toxic: 1, machine_generated: 1, propaganda: 1 },
    score,
    readPosts: async (texts) => {
      const read = await score(texts.filter((t) => !t.startsWith('de:')));
      return texts.map((t): PostReading =>
        t.startsWith('de:') ? { read: false, reason: 'language', language: 'de' } : { read: true, language: 'en', scores: read.shift() ?? scoresFor('') },
      );
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
    expect(a?.readings.map(inauthentic)).toEqual([0.03, 0.05]);
    expect(b?.readings.map(inauthentic)).toEqual([0.05, 0.05]);
    const again = await service.score(['five!', 'one']);
    expect(again?.readings.map(inauthentic)).toEqual([0.05, 0.03]);
    expect(calls.flat().filter((t) => t === 'one')).toHaveLength(1);
    expect(service.status()).toMatchObject({ state: 'ready', backend: 'wasm', modelId: 'fake' });
  });

  it('passes on which posts were not read (language), in order, and caches that too', async () => {
    const calls: string[][] = [];
    const service = new ClassifierService({ load: async () => ({ classifier: fakeClassifier(calls), backend: 'wasm' }) });
    const first = await service.score(['one', 'de:zwei', 'three']);
    expect(first?.readings.map(inauthentic)).toEqual([0.03, null, 0.05]);
    expect(first?.readings[1]).toEqual({ read: false, reason: 'language', language: 'de' });
    expect(calls).toEqual([['one', 'three']]);
    await service.score(['de:zwei', 'one']);
    expect(calls).toHaveLength(1);
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
    expect((await service.score(['hi']))?.readings).toHaveLength(1);
  });

  it('answers null when the model call outlasts the wait, and serves its scores from the cache later', async () => {
    const calls: string[][] = [];
    let finish: () => void = () => undefined;
    const slow: Classifier = {
      ...fakeClassifier(calls),
      readPosts: async (texts) => {
        calls.push([...texts]);
        await new Promise<void>((r) => (finish = r));
        return texts.map((t): PostReading => ({ read: true, language: 'en', scores: scoresFor(t) }));
      },
    };
    const service = new ClassifierService({ load: async () => ({ classifier: slow, backend: 'wasm' }) });
    expect(await service.score(['a slow first call'], 10)).toBeNull();
    expect(service.status()).toMatchObject({ state: 'ready' });
    // asked again while the call runs: the same texts are not queued for a second call
    expect(await service.score(['a slow first call'], 10)).toBeNull();
    finish();
    expect((await service.score(['a slow first call'], 1000))?.readings).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('drops a classifier whose run failed and loads it again on the next call', async () => {
    const calls: string[][] = [];
    let loads = 0;
    const service = new ClassifierService({
      load: async () => ({ classifier: fakeClassifier(calls, loads++ === 0), backend: 'wasm' }),
    });
    expect(await service.score(['a'])).toBeNull();
    expect(loads).toBe(1);
    expect(service.status()).toMatchObject({ state: 'failed' });
    expect((await service.score(['a']))?.readings).toHaveLength(1);
    expect(loads).toBe(2);
    expect(service.status()).toMatchObject({ state: 'ready', backend: 'wasm' });
  });
});
