// Sensitivity (one slider that moves the level thresholds) and, per signal, on/off and its weight.
import { levelThresholds } from '../../scoring/combine-signals.ts';
import { SIGNAL_IDS, type SignalId } from '../../shared/report.ts';
import type { Settings } from '../../shared/settings.ts';
import { SIGNAL_NAME } from '../overlay/labels.ts';

const SIGNAL_HINT: Record<SignalId, string> = {
  'duplicate-replies': 'near-identical replies from different accounts',
  'reply-burst': "many accounts replying within minutes, compared with the thread's own pace",
  'bot-like-accounts': 'handles ending in long numbers, default pictures, shared names, new accounts',
  'link-flooding': 'the same link, site, hashtags or mention pushed by many accounts',
  'platform-labels': 'community notes and other labels the site itself shows',
  'talking-points': 'many accounts pushing the same point in different words, off the thread’s subject',
  'cross-thread-copies': 'a reply that other accounts posted under other threads you saw (needs the cross-thread memory)',
  'machine-generated': 'text pasted from a chatbot (rules, and the classifier when loaded)',
  'inauthentic-style': 'the writing style of influence-operation and spam accounts (classifier)',
  'toxic-language': 'hate and abuse (classifier)',
  'propaganda-language': 'loaded language, name calling and other persuasion techniques (classifier)',
};

export interface SignalsSectionProps {
  settings: Settings;
  update: (next: Settings, persist?: boolean) => void;
}

export function SignalsSection({ settings, update }: SignalsSectionProps) {
  const scoring = settings.scoring;
  const t = levelThresholds(scoring.sensitivity);
  const setSensitivity = (value: number, persist: boolean): void => update({ ...settings, scoring: { ...scoring, sensitivity: value } }, persist);
  const setSignal = (id: SignalId, change: Partial<{ enabled: boolean; weight: number }>, persist = true): void =>
    update({ ...settings, scoring: { ...scoring, signals: { ...scoring.signals, [id]: { ...scoring.signals[id], ...change } } } }, persist);
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
          {scoring.sensitivity} of 100: a thread is Low from a score of {Math.round(t.low * 100)}, Elevated from {Math.round(t.elevated * 100)}, High from {Math.round(t.high * 100)} (and
          only with two agreeing signals).
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
            {SIGNAL_IDS.map((id) => {
              const s = scoring.signals[id];
              return (
                <tr key={id} data-signal={id}>
                  <td>
                    <input type="checkbox" name={`signal-${id}`} aria-label={`${SIGNAL_NAME[id]} on`} checked={s.enabled} onChange={(e) => setSignal(id, { enabled: e.currentTarget.checked })} />
                  </td>
                  <td>
                    {SIGNAL_NAME[id]}
                    <small class="hint">{SIGNAL_HINT[id]}</small>
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
                      aria-label={`${SIGNAL_NAME[id]} weight`}
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
