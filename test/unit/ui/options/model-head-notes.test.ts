import { describe, expect, it } from 'vitest';
import { modelHeadNote } from '../../../../src/ui/options/model-head-notes.ts';

const config = {
  threadlens: {
    heads: {
      heldOutAuc: { inauthentic: 0.78, toxic: 0.61, machine_generated: 0.52, propaganda: 0.629 },
      weights: { inauthentic: 0.53, toxic: 0, machine_generated: 0, propaganda: 1 },
    },
  },
};

describe('options: model head notes', () => {
  it('says a head weighted 0 does not count by default, and why', () => {
    expect(modelHeadNote('toxic-language', config)).toBe('The model does not count by default: AUC 0.61 on sources the model never saw (it counts from 0.70).');
    expect(modelHeadNote('machine-generated', config)).toMatch(
      /^The model's half does not count by default: AUC 0\.52 .* The chatbot-phrase rules still do\.$/,
    );
  });

  it('gives a partly weighted head its share, and says nothing of full heads or rule signals', () => {
    expect(modelHeadNote('inauthentic-style', config)).toBe(
      'The model counts at 53% by default: AUC 0.78 on sources the model never saw (full weight from 0.85).',
    );
    expect(modelHeadNote('propaganda-language', config)).toBeNull();
    expect(modelHeadNote('reply-burst', config)).toBeNull();
    expect(modelHeadNote('toxic-language', {})).toBeNull();
  });
});
