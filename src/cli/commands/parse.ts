// `threadlens parse --site <x|bluesky|mastodon|reddit|auto> [--url URL] FILE.html|-`
// A saved page -> one Thread JSON with every post the site adapter finds, in page order (../shared/contracts/cli.md).
import { parseHTML } from 'linkedom';
import type { Command } from '../command.ts';
import { inputError, UsageError } from '../errors.ts';
import { readInput } from '../io.ts';
import type { Thread } from '../../shared/thread.ts';
import { ADAPTERS, adapterById, detectAdapter } from '../../sites/registry.ts';
import { SITE_IDS } from '../../shared/site-ids.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import { pageMeta } from '../../sites/page-meta.ts';
import { parsePage } from '../../sites/parse-page.ts';
import { unloadedNote } from '../unloaded-note.ts';

const USAGE = 'threadlens parse --site <x|bluesky|mastodon|reddit|auto> [--url URL] FILE.html|-';

/** Relative hrefs of a page saved without its address are X's own (site-relative) links. */
const FALLBACK_BASE = 'https://x.com/';

export const command: Command = {
  spec: { name: 'parse', usage: USAGE, values: ['site', 'url'], positionals: [1, 1] },
  async run(args, io) {
    const site = args.values.site ?? 'auto';
    const file = args.positionals[0] ?? '-';
    const urlOption = args.values.url === undefined ? undefined : checkedUrl(args.values.url);
    const requested = site === 'auto' ? undefined : adapterFor(site);
    const html = checkedHtml(await readInput(file, io), file);
    const { document } = parseHTML(html);
    if (document.documentElement === null) throw inputError(file, 'is not an HTML page (no HTML element found)');
    const adapter = requested ?? detectAdapter(document);
    if (adapter === undefined) throw inputError(file, "no supported site's markup found");
    const meta = pageMeta(document, html);
    const url = urlOption ?? meta.url;
    const base = url !== undefined && /^https?:/.test(url) ? new URL(url) : new URL(FALLBACK_BASE);
    const thread: Thread = {
      site: adapter.id,
      ...(url === undefined ? {} : { url }),
      ...(meta.capturedAt === undefined ? {} : { capturedAt: meta.capturedAt }),
      posts: parsePage(adapter, document, base),
    };
    await io.stdout(`${JSON.stringify(thread, null, 2)}\n`);
    const note = unloadedNote(adapter.unloaded?.(document) ?? []);
    if (note !== undefined) await io.stderr(`${file}: ${note}\n`);
    return 0;
  },
};

function adapterFor(site: string): SiteAdapter {
  const adapter = adapterById(site);
  if (adapter !== undefined) return adapter;
  if ((SITE_IDS as readonly string[]).includes(site)) {
    const supported = ADAPTERS.map((adapter) => adapter.id).join(', ');
    throw new UsageError(`--site ${site}: there is no ${site} page adapter yet (supported: ${supported}, auto)`);
  }
  throw new UsageError(`--site ${site}: unknown site (expected x, bluesky, mastodon, reddit or auto)`);
}

function checkedUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    throw new UsageError(`--url ${value}: not an absolute URL. Usage: ${USAGE}`);
  }
}

/** Refuses what is clearly not a web page, naming the file: empty, binary, JSON, or text without a single tag. */
function checkedHtml(text: string, file: string): string {
  if (text.trim() === '') throw inputError(file, 'is empty');
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000') || (sample.match(/\uFFFD/g)?.length ?? 0) > sample.length / 100) {
    throw inputError(file, 'is not an HTML page (binary data)');
  }
  if (/^\s*[{[]/.test(text) && isJson(text)) throw inputError(file, 'is JSON, not an HTML page');
  if (!/<(?:!doctype|[a-z][a-z0-9-]*)[\s>/]/i.test(text)) {
    throw inputError(file, 'is not an HTML page (no HTML tags found)');
  }
  return text;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
