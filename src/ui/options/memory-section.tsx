// The cross-thread memory on the options page: "remember threads across pages" is the
// cross-thread-copies signal's on/off (off: nothing is remembered and nothing read), and a button
// that forgets everything remembered so far.
import { useState } from 'preact/hooks';
import { signalSetting, withSignalSetting } from '../../scoring/scoring-settings.ts';
import { sendRequest } from '../../browser/send-request.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import { Toggle } from './toggle.tsx';

export interface MemorySectionProps {
  settings: Settings;
  update: (next: Settings) => void;
}

export function MemorySection({ settings, update }: MemorySectionProps) {
  const [message, setMessage] = useState('');
  const signal = signalSetting(settings.scoring, 'cross-thread-copies');
  const setOn = (on: boolean): void => update({ ...settings, scoring: withSignalSetting(settings.scoring, 'cross-thread-copies', { enabled: on }) });
  const clear = async (): Promise<void> => {
    const reply = await sendRequest({ type: 'ui/clear-memory' });
    setMessage(reply.ok ? 'The cross-thread memory is empty now.' : `Not cleared: ${reply.error}`);
  };
  return (
    <section aria-labelledby="memory-h">
      <h2 id="memory-h">Cross-thread memory</h2>
      <Toggle
        name="remember-threads"
        label="Remember threads across pages"
        hint="Keeps, on this device only, a fingerprint of each reply you see (account, thread, time and a 48-character excerpt) for 7 days, at most 50,000 of them, so that a reply posted under many threads by different accounts is recognised. Nothing leaves the device."
        checked={signal.enabled}
        onChange={setOn}
      />
      <div class="row buttons">
        <button type="button" name="clear-memory" onClick={() => void clear()}>
          Clear the memory
        </button>
      </div>
      <p class="hint" role="status" id="memory-message">
        {message}
      </p>
    </section>
  );
}
