// Mastodon instances: the largest ones offered, the reader's own added; each shows whether Threadlens may run there.
// Allowing asks the browser for that host's permission (permissions.request must run in the click's user gesture,
// so it is the first await of the handler); nothing is granted without the reader's click. Removing drops the
// permission, and the background unregisters the content script there (src/background/mastodon-scripts.ts).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { grantedInstances, instanceHost, instanceOrigin, INSTANCES_KEY, OFFERED_INSTANCES, storedInstances } from '../../shared/mastodon-instances.ts';

export function MastodonInstancesSection() {
  const [added, setAdded] = useState<string[]>([]);
  const [granted, setGranted] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');

  const refresh = async (): Promise<void> => {
    const stored = await browser.storage.local.get(INSTANCES_KEY);
    setAdded(storedInstances(stored[INSTANCES_KEY]));
    setGranted(grantedInstances((await browser.permissions.getAll()).origins ?? []));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const allow = async (host: string): Promise<void> => {
    // First await: the browser only shows its prompt within the click's user gesture.
    const ok = await browser.permissions.request({ origins: [instanceOrigin(host)] });
    setProblem(ok ? '' : `Not allowed on ${host}: the browser's prompt was declined.`);
    if (ok && !added.includes(host) && !OFFERED_INSTANCES.includes(host)) await saveAdded([...added, host]);
    await refresh();
  };
  const remove = async (host: string): Promise<void> => {
    await browser.permissions.remove({ origins: [instanceOrigin(host)] });
    await saveAdded(added.filter((h) => h !== host));
    await refresh();
  };
  const saveAdded = async (hosts: string[]): Promise<void> => {
    await browser.storage.local.set({ [INSTANCES_KEY]: hosts });
    setAdded(hosts);
  };

  const hosts = [...new Set([...OFFERED_INSTANCES, ...added, ...granted])];
  return (
    <section aria-labelledby="mastodon-h">
      <h2 id="mastodon-h">Mastodon instances</h2>
      <p class="hint">Threadlens runs only on the instances you allow here; your browser asks you to confirm each one.</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const host = instanceHost(draft);
          if (host === null) {
            setProblem(`"${draft.trim()}" is not an instance address.`);
            return;
          }
          setDraft('');
          void allow(host);
        }}
      >
        <input
          type="text"
          name="mastodon-instance"
          placeholder="mastodon.example"
          aria-label="Instance address"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Add and allow</button>
      </form>
      {problem ? <p class="problem">{problem}</p> : null}
      <ul class="handles" aria-label="Mastodon instances">
        {hosts.map((host) => {
          const on = granted.includes(host);
          return (
            <li key={host} data-instance={host} data-granted={String(on)}>
              <span>
                {host} <small class="hint">{on ? 'allowed' : 'not allowed'}</small>
              </span>
              {on ? (
                <button type="button" aria-label={`Stop on ${host}`} onClick={() => void remove(host)}>
                  Stop
                </button>
              ) : (
                <button type="button" aria-label={`Allow on ${host}`} onClick={() => void allow(host)}>
                  Allow
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
