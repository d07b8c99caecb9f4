// The per-thread badge on the root post: its level, and a button that opens the reasons.
import type { Level } from '../../shared/report.ts';
import { TEST_BUILD } from '../../shared/build-flags.ts';
import { LEVEL_TEXT } from './labels.ts';
import { trusted } from './trusted.ts';

export type BadgeState = { kind: 'pending' } | { kind: 'error'; message: string } | { kind: 'scored'; level: Level; reasons: number };

export interface BadgeProps {
  state: BadgeState;
  expanded: boolean;
  onToggle: () => void;
}

export function badgeLabel(state: BadgeState): string {
  switch (state.kind) {
    case 'pending':
      return 'Threadlens: checking this thread';
    case 'error':
      return `Threadlens: could not check this thread (${state.message})`;
    case 'scored':
      return `Threadlens: ${LEVEL_TEXT[state.level]}${state.reasons > 0 ? `, ${state.reasons} reason${state.reasons === 1 ? '' : 's'}` : ''}. Show details`;
  }
}

export function Badge({ state, expanded, onToggle }: BadgeProps) {
  const levelClass = state.kind === 'scored' ? `level-${state.level}` : 'level-none';
  const text = state.kind === 'scored' ? LEVEL_TEXT[state.level] : state.kind === 'pending' ? 'Checking' : 'Error';
  return (
    <button
      type="button"
      class={`badge ${levelClass}${state.kind === 'pending' ? ' pending' : ''}`}
      // The level as an attribute is for the end-to-end tests only: shipped builds leave it out, so the
      // page's scripts learn nothing from the DOM beyond what the reader sees.
      {...(TEST_BUILD ? { 'data-level': state.kind === 'scored' ? state.level : state.kind } : {})}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-busy={state.kind === 'pending'}
      aria-label={badgeLabel(state)}
      title={badgeLabel(state)}
      onClick={trusted((e) => {
        e.preventDefault();
        e.stopPropagation();
        onToggle();
      })}
    >
      <span class="dot" aria-hidden="true" />
      <span class="label">{text}</span>
    </button>
  );
}
