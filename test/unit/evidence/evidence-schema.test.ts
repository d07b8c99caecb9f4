import { describe, expect, it } from 'vitest';
import { evidenceValidator } from '../../../tools/evidence/evidence-schema.ts';
import { evidenceOf, hostileThread, readThread } from './evidence-fixtures.ts';

const validate = evidenceValidator();
const errors = (): string => JSON.stringify(validate.errors);

describe('docs/evidence.schema.json', () => {
  it('accepts the evidence the builder makes', async () => {
    for (const thread of [
      readThread('test/fixtures/threads/coordinated-replies.json'),
      readThread('test/fixtures/threads/ordinary-replies.json'),
      hostileThread(),
      { site: 'x', posts: [] },
    ]) {
      const evidence = JSON.parse(JSON.stringify(await evidenceOf(thread, ['someone']))) as unknown;
      expect(validate(evidence), errors()).toBe(true);
    }
  });

  it('refuses evidence with a malformed hash, a missing thread or an extra field', async () => {
    const good = JSON.parse(JSON.stringify(await evidenceOf(readThread('test/fixtures/threads/coordinated-replies.json')))) as Record<string, unknown>;
    expect(validate({ ...good, threadSha256: 'abc' })).toBe(false);
    const { thread: _thread, ...noThread } = good;
    expect(validate(noThread)).toBe(false);
    expect(validate({ ...good, allowlist: ['a'] })).toBe(false);
    expect(validate({ ...good, report: { ...(good.report as object), thread: { score: 2, level: 'none' } } })).toBe(false);
  });
});
