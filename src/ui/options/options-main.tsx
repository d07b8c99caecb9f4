// The options page: every setting, saved as soon as it changes (open tabs follow through
// storage.onChanged, without reloading), backup and restore as JSON, and the classifier's status.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import { sendRequest } from '../../browser/send-request.ts';
import { loadSettings, resetSettings, saveSettings, watchSettings } from '../../browser/settings-store.ts';
import { SITE_IDS } from '../../shared/site-ids.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import { AllowlistEditor } from './allowlist-editor.tsx';
import { BackupSection } from './backup-section.tsx';
import { MastodonInstancesSection } from './mastodon-instances-section.tsx';
import { OPTIONS_CSS } from './options-styles.ts';
import { MemorySection } from './memory-section.tsx';
import { SignalsSection } from './signals-section.tsx';
import { Toggle } from './toggle.tsx';

const SITE_NAME: Record<(typeof SITE_IDS)[number], string> = {
  x: 'X (x.com, twitter.com)',
  bluesky: 'Bluesky (bsky.app)',
  mastodon: 'Mastodon (the instances allowed below)',
  reddit: 'Reddit (www.reddit.com, old.reddit.com)',
};

function statusText(status: ClassifierStatus | null, error: string | null): string {
  if (error) return `Unknown: ${error}`;
  if (!status) return 'Asking the background…';
  switch (status.state) {
    case 'ready':
      return `Ready: ${status.modelId} on WebAssembly (loaded in ${Math.round(status.loadMs)} ms)`;
    case 'loading':
      return 'Loading…';
    case 'off':
      return `Off: ${status.reason}. The thread signals still work.`;
    case 'failed':
      return `Failed: ${status.reason}. The thread signals still work.`;
  }
}

function useClassifierStatus(): [ClassifierStatus | null, string | null] {
  const [status, setStatus] = useState<ClassifierStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const ask = async (): Promise<void> => {
      const reply = await sendRequest({ type: 'ui/get-status' });
      if (stopped) return;
      if (reply.ok) {
        setStatus(reply.value.classifier);
        setError(null);
      } else setError(reply.error);
    };
    void ask();
    const timer = setInterval(() => void ask(), 2000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return [status, error];
}

export function OptionsApp({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [message, setMessage] = useState('');
  const [status, statusError] = useClassifierStatus();

  useEffect(() => {
    const lifetime = new AbortController();
    watchSettings(setSettings, lifetime.signal);
    return () => lifetime.abort();
  }, []);

  /** Shows a change at once; `persist` false while a slider is still being dragged. */
  const update = (next: Settings, persist = true, saved = 'Saved. Open tabs use the new settings now.'): void => {
    setSettings(next);
    if (!persist) return;
    saveSettings(next).then(
      () => setMessage(saved),
      (e: unknown) => setMessage(`Not saved: ${String(e)}`),
    );
  };

  return (
    <div class="page">
      <h1>
        <img src="icons/icon-48.png" alt="" width="28" height="28" /> Threadlens settings
      </h1>
      <SignalsSection settings={settings} update={update} />
      <section aria-labelledby="allow-h">
        <h2 id="allow-h">Accounts never flagged</h2>
        <p class="hint">Posts by these accounts are left out of every signal. You can also add an account from a thread's panel.</p>
        <AllowlistEditor allowlist={settings.allowlist} onChange={(allowlist) => update({ ...settings, allowlist })} />
      </section>
      <MemorySection settings={settings} update={(next) => update(next)} />
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        {SITE_IDS.map((id) => (
          <Toggle
            key={id}
            name={`site-${id}`}
            label={SITE_NAME[id]}
            checked={settings.sites[id]}
            onChange={(on) => update({ ...settings, sites: { ...settings.sites, [id]: on } })}
          />
        ))}
      </section>
      <MastodonInstancesSection />
      <section aria-labelledby="display-h">
        <h2 id="display-h">Display</h2>
        <Toggle
          name="show-none"
          label='Show the badge on threads with no signs ("No signs")'
          checked={settings.display.showNone}
          onChange={(on) => update({ ...settings, display: { ...settings.display, showNone: on } })}
        />
        <Toggle
          name="debug"
          label="Debug mode"
          hint="In the panel: per post, what was parsed, each signal, the model's scores and the time spent."
          checked={settings.display.debug}
          onChange={(on) => update({ ...settings, display: { ...settings.display, debug: on } })}
        />
      </section>
      <section aria-labelledby="model-h">
        <h2 id="model-h">Classifier</h2>
        <p id="classifier-status" data-state={status?.state ?? 'unknown'}>
          {statusText(status, statusError)}
        </p>
      </section>
      <BackupSection
        settings={settings}
        onImport={(next, file) => update(next, true, `Imported the settings from ${file}. Open tabs use them now.`)}
        onReset={() => void resetSettings().then(() => setMessage('Settings reset to defaults.'))}
        onMessage={setMessage}
      />
      <p role="status" aria-live="polite" class="message" id="message">
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
