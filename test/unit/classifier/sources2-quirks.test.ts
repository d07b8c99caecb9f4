// models/pipeline/sources2.py removes the marks single collections left on their text (SOURCES-2.tsv
// notes), so a head cannot learn which dataset a text came from by them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-python.ts';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function neutralise(cases: [string, string][]): string[] {
  const script = 'import json, sys\nimport sources2\nfor line in sys.stdin:\n    s, t = json.loads(line)\n    print(json.dumps(sources2.neutralise(s, t)))\n';
  const out = execFileSync(PYTHON, ['-c', script], { cwd: `${REPO}models/pipeline`, input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n' }).toString(
    'utf8',
  );
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as string);
}

describe('sources2.py quirks', () => {
  it('removes each collection’s own marks, and leaves other sources’ text alone', () => {
    expect(
      neutralise([
        ['authormimic_llm_tweets', '"Loving this sunny day ???? #blessed"'],
        ['goemotions_reddit', '[NAME] is right about [RELIGION]'],
        ['mlma_hate_ousidhoum2019', 'look at this @url'],
        ['cmsb_callmesexist_mbib_processed', 'MENTION3345 women should not vote'],
        ['germeval2018_offensive_de', 'erste Zeile|LBR|zweite Zeile'],
        ['wikipedia_talk_context_toxicity', '== Sources == NEWLINE_TOKEN fine by me'],
        ['tempowic_tweets_2019_2021', '"quoted" [NAME] ???? |LBR|'],
      ]),
    ).toEqual([
      'Loving this sunny day #blessed',
      '@user is right about religion',
      'look at this http',
      '@user women should not vote',
      'erste Zeile zweite Zeile',
      'Sources fine by me',
      '"quoted" [NAME] ???? |LBR|',
    ]);
  });
});

describe('sources2.py --export --group', () => {
  // The leave-sources-out export (`--group N1`) once died with a NameError: main() ran before the
  // module had defined LOSO_GROUPS (2026-12-02). An unknown group must be refused by name.
  it('knows the LOSO groups when run as a script', () => {
    let message = '';
    try {
      execFileSync(PYTHON, [`${REPO}models/pipeline/sources2.py`, '--export', '/dev/null', '--group', 'N9'], { stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr?: Buffer }).stderr ?? '');
    }
    expect(message).toContain("invalid choice: 'N9'");
    expect(message).toContain("'N1'");
  });
});
