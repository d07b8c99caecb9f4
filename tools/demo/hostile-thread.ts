// A thread whose posts carry text that must never be interpreted: markup, script, RTL overrides,
// zero-width characters, a 10,000-character post. Several accounts post the markup reply, so that it
// is quoted in a signal's sentence in the panel as well. Served by the demo server (not a demo).
import { snowflake } from './demo-thread.ts';
import type { DemoAccount, DemoPost, DemoThread } from './demo-thread.ts';

export const HOSTILE_MARKUP = '<img src=x onerror="window.__threadlensPwned=1"><script>window.__threadlensPwned=2</script> read this';
export const HOSTILE_RTL = 'price \u202Efdp.exe\u202C is \u200Bhidden\u200D\u2060 here \u200F';
export const LONG_TEXT = `${'long '.repeat(1999)}end.`;

export function hostileThread(): DemoThread {
  const start = Date.parse('2025-11-21T09:00:00.000Z');
  let seq = 0;
  const at = (minutes: number, author: DemoAccount, text: string): DemoPost => {
    const createdAt = new Date(start + minutes * 60_000).toISOString();
    return { id: snowflake(createdAt, seq++), author, text, createdAt, metrics: { replies: 0, reposts: 0, likes: 1, views: 10 } };
  };
  const replies: DemoPost[] = [];
  for (let i = 0; i < 6; i++) {
    replies.push(at(10 + i * 0.4, { handle: `markup_fan${40213 + i * 7}`, name: 'Markup Fan', defaultAvatar: true }, HOSTILE_MARKUP));
  }
  replies.push(at(30, { handle: 'rtl_writer', name: '\u202Egnitirw\u202C RTL' }, HOSTILE_RTL));
  replies.push(at(45, { handle: 'long_writer', name: 'Long Writer' }, LONG_TEXT));
  return {
    slug: 'hostile-texts',
    title: 'Texts that must stay text',
    focal: at(0, { handle: 'threadlens_hostile', name: 'Threadlens robustness page', color: '#536471' }, 'Replies below carry markup, direction overrides and very long text.'),
    replies,
  };
}
