// `npm run docs`: writes the signals tables of README.md and docs/scoring.md from the signal
// definitions (src/signals/registry.ts), between marker comments, so no table lists signals by
// hand. test/unit/tools/docs/signals-table.test.ts fails when a table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGNALS } from '../../src/signals/registry.ts';
import type { SignalDefinition } from '../../src/signals/signal-definition.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GeneratedTable {
  /** repository-relative file */
  file: string;
  /** the marker's name: <!-- signals-table:NAME start ... --> ... <!-- signals-table:NAME end --> */
  name: string;
  render: (signals: readonly SignalDefinition[]) => string;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** Strongest default first, then registry order: the order a reader weighs them in. */
const byWeight = (signals: readonly SignalDefinition[]): SignalDefinition[] =>
  signals
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.defaultWeight - a.s.defaultWeight || a.i - b.i)
    .map(({ s }) => s);

export const TABLES: readonly GeneratedTable[] = [
  {
    file: 'README.md',
    name: 'readme',
    render: (signals) =>
      [
        '| signal | default weight | why that weight |',
        '| --- | ---: | --- |',
        ...byWeight(signals).map((s) => `| ${cell(s.name)}${s.needsModel ? ' (classifier)' : ''} | ${s.defaultWeight} | ${cell(s.why ?? '')} |`),
      ].join('\n'),
  },
  {
    file: 'docs/scoring.md',
    name: 'scoring',
    render: (signals) =>
      [
        '| id | name | weight | needs the classifier | why |',
        '| --- | --- | ---: | --- | --- |',
        ...byWeight(signals).map(
          (s) => `| [${s.id}](#${s.id}) | ${cell(s.name)} | ${s.defaultWeight} | ${s.needsModel ? 'yes' : 'no'} | ${cell(s.why ?? '')} |`,
        ),
      ].join('\n'),
  },
];

/** The text with the table between its markers replaced; throws when the markers are missing. */
export function withTable(text: string, name: string, table: string): string {
  const start = new RegExp(`<!-- signals-table:${name} start[^>]*-->\\n`);
  const end = `<!-- signals-table:${name} end -->`;
  const s = start.exec(text);
  const e = text.indexOf(end);
  if (!s || e < s.index) throw new Error(`no <!-- signals-table:${name} start/end --> markers`);
  const from = s.index + s[0].length;
  return `${text.slice(0, from)}${table}\n${text.slice(e)}`;
}

/** Every file with its tables brought up to date: [file, current text, wanted text]. */
export function signalTables(root = REPO_ROOT, signals: readonly SignalDefinition[] = SIGNALS): Array<[string, string, string]> {
  const files = [...new Set(TABLES.map((t) => t.file))];
  return files.map((file) => {
    const current = readFileSync(join(root, file), 'utf8');
    const wanted = TABLES.filter((t) => t.file === file).reduce((text, t) => withTable(text, t.name, t.render(signals)), current);
    return [file, current, wanted];
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, current, wanted] of signalTables()) {
    if (current === wanted) continue;
    writeFileSync(join(REPO_ROOT, file), wanted);
    console.log(`wrote the signals table of ${file}`);
  }
}
