// The options page: every setting, saved as soon as it changes (open tabs follow through
// storage.onChanged), and the classifier's status from the background.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import { sendRequest } from '../../shared/send-request.ts';
import { loadSettings, resetSettings, saveSettings, watchSettings } from '../../shared/settings-store.ts';
import { SITE_IDS, type Settings } from '../../shared/settings.ts';
import { OPTIONS_CSS } from './options-styles.ts';

const SITE_NAME: Record<(typeof SITE_IDS)[number], string> = {
  x: 'X (x.com, twitter.com)',
  bluesky: 'Bluesky (no adapter yet)',
  mastodon: 'Mastodon (no adapter yet)',
  reddit: 'Reddit (no adapter yet)',
};

function statusText(status: ClassifierStatus | null, error: string | null): string {
  if (error) return `Unknown: ${error}`;
  if (!status) return 'Asking the background…';
  switch (status.state) {
    case 'ready':
      return `Ready: ${status.modelId} on ${status.backend === 'webgpu' ? 'WebGPU' : 'WebAssembly'} (loaded in ${Math.round(status.loadMs)} ms)`;
    case 'loading':
      return 'Loading…';
    case 'off':
      return `Off: ${status.reason}. The thread signals still work.`;
    case 'failed':
      return `Failed: ${status.reason}. The thread signals still work.`;
  }
}

function Toggle(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string; name: string }) {
  return (
    <label class="row">
      <input type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>
        {props.label}
        {props.hint ? <small class="hint">{props.hint}</small> : null}
      </span>
    </label>
  );
}

export function OptionsApp({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<ClassifierStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const lifetime = new AbortController();
    watchSettings(setSettings, lifetime.signal);
    const ask = async (): Promise<void> => {
      const reply = await sendRequest({ type: 'ui/get-status' });
      if (reply.ok) {
        setStatus(reply.value.classifier);
        setStatusError(null);
      } else setStatusError(reply.error);
    };
    void ask();
    const timer = setInterval(() => void ask(), 2000);
    return () => {
      lifetime.abort();
      clearInterval(timer);
    };
  }, []);

  const update = (next: Settings): void => {
    setSettings(next);
    saveSettings(next).then(
      () => setMessage('Saved.'),
      (e: unknown) => setMessage(`Not saved: ${String(e)}`),
    );
  };

  return (
    <div class="page">
      <h1>Threadlens settings</h1>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        {SITE_IDS.map((id) => (
          <Toggle key={id} name={`site-${id}`} label={SITE_NAME[id]} checked={settings.sites[id]} onChange={(on) => update({ ...settings, sites: { ...settings.sites, [id]: on } })} />
        ))}
      </section>
      <section aria-labelledby="display-h">
        <h2 id="display-h">Display</h2>
        <Toggle name="show-none" label='Show the badge on threads with no signs ("No signs")' checked={settings.showNone} onChange={(on) => update({ ...settings, showNone: on })} />
        <Toggle
          name="debug"
          label="Debug mode"
          hint="In the panel: per post, what was parsed, each signal, the model's scores and the time spent."
          checked={settings.debug}
          onChange={(on) => update({ ...settings, debug: on })}
        />
      </section>
      <section aria-labelledby="model-h">
        <h2 id="model-h">Classifier</h2>
        <p id="classifier-status" data-state={status?.state ?? 'unknown'}>
          {statusText(status, statusError)}
        </p>
      </section>
      <section aria-labelledby="reset-h">
        <h2 id="reset-h">Reset</h2>
        <button type="button" onClick={() => void resetSettings().then(() => setMessage('Settings reset to defaults.'))}>
          Reset to defaults
        </button>
      </section>
      <p role="status" aria-live="polite" class="message">
        {message}
      </p>
    </div>
  );
}

export async function start(doc: Document): Promise<void> {
  const style = doc.createElement('style');
  style.textContent = OPTIONS_CSS;
  doc.head.append(style);
  const app = doc.getElementById('app');
  if (!app) return;
  render(<OptionsApp initial={await loadSettings()} />, app);
}
