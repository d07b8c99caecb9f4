// Sensitivity (one slider that moves the level thresholds) and, per signal, on/off and its weight.
import { levelThresholds } from '../../scoring/combine-signals.ts';
import { signalSetting, withSignalSetting } from '../../scoring/scoring-settings.ts';
import type { Settings, SignalSetting } from '../../shared/settings/schema.ts';
import { SIGNALS } from '../../signals/registry.ts';
import { modelHeadNote } from './model-head-notes.ts';

export interface SignalsSectionProps {
  settings: Settings;
  update: (next: Settings, persist?: boolean) => void;
}

export function SignalsSection({ settings, update }: SignalsSectionProps) {
  const scoring = settings.scoring;
  const t = levelThresholds(scoring.sensitivity);
  const setSensitivity = (value: number, persist: boolean): void => update({ ...settings, scoring: { ...scoring, sensitivity: value } }, persist);
  const setSignal = (id: string, change: Partial<SignalSetting>, persist = true): void =>
    update({ ...settings, scoring: withSignalSetting(scoring, id, change) }, persist);
  return (
    <>
      <section aria-labelledby="sens-h">
        <h2 id="sens-h">Sensitivity</h2>
        <label class="slider">
          <span class="ends">
            <span>Fewer labels</span>
            <span>More labels</span>
          </span>
          <input
            type="range"
            name="sensitivity"
            min="0"
            max="100"
            step="1"
            value={scoring.sensitivity}
            aria-describedby="sens-now"
            onInput={(e) => setSensitivity(Number(e.currentTarget.value), false)}
            onChange={(e) => setSensitivity(Number(e.currentTarget.value), true)}
          />
        </label>
        <p class="hint" id="sens-now">
          {scoring.sensitivity} of 100: a thread is Low from a score of {Math.round(t.low * 100)}, Elevated from {Math.round(t.elevated * 100)}, High from{' '}
          {Math.round(t.high * 100)} (and only with two agreeing signals).
        </p>
      </section>
      <section aria-labelledby="signals-h">
        <h2 id="signals-h">Signals</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">on</th>
              <th scope="col">signal</th>
              <th scope="col">weight</th>
            </tr>
          </thead>
          <tbody>
            {SIGNALS.map(({ id, name, hint }) => {
              const s = signalSetting(scoring, id);
              const headNote = modelHeadNote(id);
              return (
                <tr key={id} data-signal={id}>
                  <td>
                    <input
                      type="checkbox"
                      name={`signal-${id}`}
                      aria-label={`${name} on`}
                      checked={s.enabled}
                      onChange={(e) => setSignal(id, { enabled: e.currentTarget.checked })}
                    />
                  </td>
                  <td>
                    {name}
                    <small class="hint">{hint}</small>
                    {headNote ? (
                      <small class="hint" data-head-note={id}>
                        {headNote}
                      </small>
                    ) : null}
                  </td>
                  <td class="weight">
                    <input
                      type="range"
                      name={`weight-${id}`}
                      min="0"
                      max="1"
                      step="0.05"
                      value={s.weight}
                      disabled={!s.enabled}
                      aria-label={`${name} weight`}
                      onInput={(e) => setSignal(id, { weight: Number(e.currentTarget.value) }, false)}
                      onChange={(e) => setSignal(id, { weight: Number(e.currentTarget.value) })}
                    />
                    <output>{s.weight.toFixed(2)}</output>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
