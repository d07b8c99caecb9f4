// "Save evidence" and "Copy summary" in the reasons panel: the thread as read so far, its report,
// and what produced it, as a self-contained HTML file and its JSON (src/evidence), or a few plain
// lines for a platform's report form. Files are saved through blob links, so the extension needs
// no `downloads` permission; nothing leaves the device unless the reader sends it on.
import { trusted } from './trusted.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildEvidence, type Evidence } from '../../evidence/evidence.ts';
import { evidenceHtml } from '../../evidence/evidence-html.ts';
import { evidenceSummary } from '../../evidence/evidence-summary.ts';
import type { ScoringSettings } from '../../shared/settings/schema.ts';
import type { Report } from '../../shared/report.ts';
import { rootPost, type Thread } from '../../shared/thread.ts';

/** Chunks of HTML made between two returns to the page's event loop while saving. */
const YIELD_EVERY_CHUNKS = 40;

/** What the content script knows that the report does not: the settings and the build. */
export interface EvidenceContext {
  scoring: ScoringSettings;
  allowlist: readonly string[];
  threadlensVersion: string;
}

export interface EvidenceActionsProps {
  thread: Thread;
  report: Report;
  context: EvidenceContext;
}

/** "threadlens-evidence-x-1790000000000000000-20251121T090000Z": safe on every file system. */
export function evidenceFileName(evidence: Evidence): string {
  const root = rootPost(evidence.thread)?.id ?? 'thread';
  const id = root.replace(/[^A-Za-z0-9_-]+/g, '_').slice(-40);
  const site = evidence.thread.site.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 20);
  const when = evidence.generatedAt.replace(/[-:]|\.\d+/g, '');
  return `threadlens-evidence-${site}-${id}-${when}`;
}

async function evidenceFor(props: EvidenceActionsProps): Promise<Evidence> {
  const now = Date.now();
  return buildEvidence({
    thread: props.thread,
    report: props.report,
    scoring: props.context.scoring,
    allowlist: props.context.allowlist,
    threadlensVersion: props.context.threadlensVersion,
    capturedAt: now,
    now,
  });
}

function download(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // the download has started from the URL by the time the click returns; revoking later is enough
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function copyText(doc: Document, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // the async clipboard can be refused (no focus, a page's permissions policy): the old way
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  (doc.body ?? doc.documentElement).append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused');
}

export function EvidenceActions(props: EvidenceActionsProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const say = (text: string): void => {
    if (alive.current) setStatus(text);
  };
  const doc = (): Document => rootRef.current?.ownerDocument ?? document;

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const evidence = await evidenceFor(props);
      const chunks: string[] = [];
      for await (const chunk of evidenceHtml(evidence)) {
        chunks.push(chunk);
        // a long thread makes thousands of chunks: let the page breathe between batches of them
        if (chunks.length % YIELD_EVERY_CHUNKS === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const name = evidenceFileName(evidence);
      download(doc(), new Blob(chunks, { type: 'text/html;charset=utf-8' }), `${name}.html`);
      download(doc(), new Blob([`${JSON.stringify(evidence, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
      say(`Saved ${name}.html and .json to your downloads.`);
    } catch (e) {
      say(`Could not save the evidence: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (alive.current) setBusy(false);
    }
  };

  const copy = async (): Promise<void> => {
    try {
      await copyText(doc(), evidenceSummary(await evidenceFor(props)));
      say('Summary copied to the clipboard.');
    } catch (e) {
      say(`Could not copy the summary: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="evidence-actions" ref={rootRef}>
      <div class="actions">
        <button type="button" class="link-button" data-action="save-evidence" disabled={busy} onClick={trusted(() => void save())}>
          Save evidence
        </button>
        <button type="button" class="link-button" data-action="copy-summary" onClick={trusted(() => void copy())}>
          Copy summary
        </button>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </div>
  );
}
