// The reasons panel a badge opens: every signal that fired, strongest first, each with its
// sentence, its strength, and the posts behind it. Page text is only ever rendered as text.
import { useEffect, useRef } from 'preact/hooks';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { Report, SignalReport } from '../../shared/report.ts';
import type { Thread } from '../../shared/thread.ts';
import { BurstTimeline } from './burst-timeline.tsx';
import { DebugView, type DebugInfo } from './debug-view.tsx';
import { EvidenceActions, type EvidenceContext } from './evidence-actions.tsx';
import { LEVEL_MEANING, LEVEL_TEXT, signalName } from './labels.ts';
import { trusted } from './trusted.ts';

export interface PanelProps {
  report: Report;
  thread: Thread;
  classifier: ClassifierStatus | null;
  debug: DebugInfo | null;
  onHighlight: (postIds: readonly string[] | null) => void;
  onShowPosts: (postIds: readonly string[]) => void;
  onClose: () => void;
  onOpenOptions: () => void;
  /** adds the account to the allow-list ("never flag this account") */
  onAllowAccount: (handle: string) => void;
  /** settings and build for "Save evidence" and "Copy summary"; without it they are not offered */
  evidence?: EvidenceContext | null;
}

/** Most accounts listed under "never flag": the panel is not a moderation tool. */
const MAX_ACCOUNTS = 12;

/** The authors of the posts behind the fired signals, most often involved first. */
export function accountsBehind(fired: readonly SignalReport[], thread: Thread): string[] {
  const authorOf = new Map(thread.posts.map((p) => [p.id, p.author.handle]));
  const counts = new Map<string, number>();
  for (const signal of fired) {
    for (const id of signal.posts) {
      const handle = authorOf.get(id);
      if (handle) counts.set(handle, (counts.get(handle) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([handle]) => handle);
}

function AccountsBehind({ handles, onAllowAccount }: { handles: readonly string[]; onAllowAccount: (handle: string) => void }) {
  if (handles.length === 0) return null;
  return (
    <details class="accounts">
      <summary>Accounts behind these reasons ({handles.length})</summary>
      <ul>
        {handles.slice(0, MAX_ACCOUNTS).map((handle) => (
          <li key={handle} data-handle={handle}>
            <span class="summary">@{handle}</span>
            <button type="button" class="link-button" onClick={trusted(() => onAllowAccount(handle))}>
              Never flag @{handle}
            </button>
          </li>
        ))}
      </ul>
      {handles.length > MAX_ACCOUNTS ? <p class="muted">… and {handles.length - MAX_ACCOUNTS} more.</p> : null}
    </details>
  );
}

/** Signals that found something, strongest first (the report is sorted, but don't rely on it). */
export function firedSignals(report: Report): SignalReport[] {
  return report.signals.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
}

function classifierLine(status: ClassifierStatus | null): string | null {
  if (!status) return null;
  switch (status.state) {
    case 'ready':
      return null;
    case 'loading':
      return 'The text classifier is loading; these reasons come from the thread signals alone.';
    case 'off':
    case 'failed':
      return `The text classifier is off (${status.reason}); these reasons come from the thread signals alone.`;
  }
}

function Reason({ signal, onHighlight, onShowPosts }: { signal: SignalReport } & Pick<PanelProps, 'onHighlight' | 'onShowPosts'>) {
  const percent = Math.round(signal.score * 100);
  const burst = signal.id === 'reply-burst' && signal.times && signal.times.length > 1;
  return (
    <li
      class="reason"
      data-signal={signal.id}
      onMouseEnter={trusted(() => onHighlight(signal.posts))}
      onMouseLeave={trusted(() => onHighlight(null))}
      onFocusCapture={trusted(() => onHighlight(signal.posts))}
      onBlurCapture={trusted(() => onHighlight(null))}
    >
      <div class="reason-head">
        <span class="reason-name">{signalName(signal.id)}</span>
        <span class="strength" aria-label={`strength ${percent} percent`}>
          {percent}%
        </span>
      </div>
      <div class={`bar ${signal.score >= 0.66 ? 'strong' : signal.score >= 0.33 ? 'medium' : ''}`} aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      <p class="summary">{signal.summary}</p>
      {burst && signal.times ? <BurstTimeline times={signal.times} /> : null}
      {signal.posts.length > 0 ? (
        <div class="actions">
          <button type="button" class="link-button" onClick={trusted(() => onShowPosts(signal.posts))}>
            Show {signal.posts.length === 1 ? 'the post' : `the ${signal.posts.length} posts`}
          </button>
        </div>
      ) : null}
    </li>
  );
}

export function Panel(props: PanelProps) {
  const { report, onClose } = props;
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  const fired = firedSignals(report);
  const level = report.thread.level;
  const note = classifierLine(props.classifier);
  return (
    <div
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tl-title"
      onKeyDown={trusted((e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      })}
    >
      <h2 id="tl-title" class={`level-${level}`}>
        <span class="dot" aria-hidden="true" />
        <span style={{ color: 'var(--tl-fg)' }}>Threadlens: {LEVEL_TEXT[level]}</span>
        <button ref={closeRef} type="button" class="close" aria-label="Close" onClick={trusted(onClose)}>
          ×
        </button>
      </h2>
      <p class="muted">
        {LEVEL_MEANING[level]} Score {Math.round(report.thread.score * 100)} of 100, from {props.thread.posts.length} post
        {props.thread.posts.length === 1 ? '' : 's'} read so far.
      </p>
      {fired.length > 0 ? (
        <ul class="reasons" aria-label="Reasons">
          {fired.map((signal) => (
            <Reason key={signal.id} signal={signal} onHighlight={props.onHighlight} onShowPosts={props.onShowPosts} />
          ))}
        </ul>
      ) : (
        <p>No signal fired for this thread.</p>
      )}
      <AccountsBehind handles={accountsBehind(fired, props.thread)} onAllowAccount={props.onAllowAccount} />
      {note ? <p class="muted">{note}</p> : null}
      {report.notes && report.notes.length > 0 ? (
        <ul class="muted" aria-label="Not computed">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {props.evidence ? <EvidenceActions thread={props.thread} report={report} context={props.evidence} /> : null}
      {props.debug ? <DebugView info={props.debug} report={report} thread={props.thread} /> : null}
      <div class="footer">
        <button type="button" class="link-button" onClick={trusted(props.onOpenOptions)}>
          Threadlens settings
        </button>
        <span class="muted">Checked on this device; nothing was sent anywhere.</span>
      </div>
    </div>
  );
}
