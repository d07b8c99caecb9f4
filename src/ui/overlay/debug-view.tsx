// Debug mode (a setting): per post, what the adapter parsed, its model scores and the time spent;
// every signal with its score, and what could not be computed. Control Panel for Twitter's habit:
// show what the detector decided, so a wrong label can be traced to its cause.
import type { Report } from '../../shared/report.ts';
import type { Thread } from '../../shared/thread.ts';

export interface DebugInfo {
  /** adapter parse time per post id (ms) */
  parseMs: ReadonlyMap<string, number>;
  /** background time for this thread (ms); 0 when served from the cache */
  backgroundMs: number;
  cached: boolean;
}

/** A 5,000-reply thread would make the panel unusable: show the first posts and say so. */
const MAX_ROWS = 200;

const fmt = (n: number | undefined): string => (n === undefined ? '–' : n.toFixed(n < 1 ? 3 : 2));

export function DebugView({ info, report, thread }: { info: DebugInfo; report: Report; thread: Thread }) {
  const scores = new Map((report.posts ?? []).map((p) => [p.id, p.scores]));
  const notRead = new Map((report.postsNotRead ?? []).map((p) => [p.id, p]));
  return (
    <details class="debug" open>
      <summary>Debug</summary>
      <p>
        Background: {info.cached ? 'from cache' : `${fmt(info.backgroundMs)} ms`}; model: {report.model ? `${report.model.id} ${report.model.version}` : 'none'}
        .
      </p>
      <table aria-label="Signals">
        <thead>
          <tr>
            <th>signal</th>
            <th>score</th>
            <th>posts</th>
            <th>note</th>
          </tr>
        </thead>
        <tbody>
          {report.signals.map((s) => (
            <tr key={s.id} data-debug-signal={s.id}>
              <td>{s.id}</td>
              <td>{s.score.toFixed(3)}</td>
              <td>{s.posts.length}</td>
              <td>{s.notComputed ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label="Posts">
        <thead>
          <tr>
            <th>post</th>
            <th>parse ms</th>
            <th>model scores</th>
            <th>parsed</th>
          </tr>
        </thead>
        <tbody>
          {thread.posts.slice(0, MAX_ROWS).map((post) => {
            const s = scores.get(post.id);
            const unread = notRead.get(post.id);
            return (
              <tr key={post.id} data-debug-post={post.id}>
                <td>{post.id}</td>
                <td>{fmt(info.parseMs.get(post.id))}</td>
                <td data-model-scores={s ? 'yes' : unread ? 'not-read' : 'no'}>
                  {s
                    ? Object.entries(s)
                        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
                        .join(', ')
                    : unread
                      ? `not read: ${unread.reason} (${unread.language})`
                      : 'not computed'}
                </td>
                <td>
                  <pre>{JSON.stringify(post, null, 1)}</pre>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {thread.posts.length > MAX_ROWS ? <p>… and {thread.posts.length - MAX_ROWS} more posts.</p> : null}
    </details>
  );
}
