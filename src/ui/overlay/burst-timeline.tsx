// A small strip of the replies' times, drawn when reply-burst fired: each tick is one reply,
// so a burst shows as a dense block. Times come from the report (ms since epoch).

export interface BurstTimelineProps {
  times: readonly number[];
  /** the burst's post times, drawn stronger */
  highlighted?: ReadonlySet<number>;
}

export function BurstTimeline({ times, highlighted }: BurstTimelineProps) {
  const finite = times.filter((t) => Number.isFinite(t));
  if (finite.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const t of finite) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const span = Math.max(1, max - min);
  const x = (t: number): number => 2 + ((t - min) / span) * 296;
  const minutes = Math.round(span / 60_000);
  return (
    <figure style={{ margin: 0 }}>
      <svg class="timeline" viewBox="0 0 300 36" preserveAspectRatio="none" role="img" aria-label={`Reply times over ${minutes} minutes`}>
        <line x1="0" y1="30" x2="300" y2="30" stroke="currentColor" stroke-opacity="0.35" />
        {finite.map((t, i) => (
          <line
            key={i}
            x1={x(t)}
            x2={x(t)}
            y1={highlighted?.has(t) ? 4 : 16}
            y2="30"
            stroke="currentColor"
            stroke-width="1.5"
            stroke-opacity={highlighted?.has(t) ? 1 : 0.5}
          />
        ))}
      </svg>
      <figcaption class="muted" style={{ fontSize: '11px' }}>
        {finite.length} replies over {minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`}
      </figcaption>
    </figure>
  );
}
