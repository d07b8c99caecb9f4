// The allow-list: add a handle (with or without @, any case), remove one.
import { useState } from 'preact/hooks';
import { allowlistHandle } from '../../shared/settings/allowlist.ts';
import { MAX_ALLOWLIST } from '../../shared/settings/schema.ts';

export interface AllowlistEditorProps {
  allowlist: readonly string[];
  onChange: (next: string[]) => void;
}

export function AllowlistEditor({ allowlist, onChange }: AllowlistEditorProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const add = (): void => {
    const handle = allowlistHandle(draft);
    if (handle === null) {
      setProblem(`"${draft.trim()}" is not an account handle.`);
      return;
    }
    if (allowlist.length >= MAX_ALLOWLIST) {
      setProblem(`The list keeps at most ${MAX_ALLOWLIST} accounts.`);
      return;
    }
    setProblem('');
    setDraft('');
    if (!allowlist.includes(handle)) onChange([...allowlist, handle]);
  };
  return (
    <div class="allowlist">
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          name="allow-handle"
          placeholder="@handle"
          aria-label="Account handle"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {problem ? <p class="problem">{problem}</p> : null}
      {allowlist.length === 0 ? (
        <p class="hint">No account yet.</p>
      ) : (
        <ul class="handles" aria-label="Accounts never flagged">
          {allowlist.map((handle) => (
            <li key={handle} data-handle={handle}>
              <span>@{handle}</span>
              <button type="button" aria-label={`Remove @${handle}`} onClick={() => onChange(allowlist.filter((h) => h !== handle))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
