// Export every setting as a JSON file, import one (a bad file is refused whole, with a message),
// or go back to the defaults.
import { exportSettings, importSettings } from '../../shared/settings/export-file.ts';
import type { Settings } from '../../shared/settings/schema.ts';

export interface BackupSectionProps {
  settings: Settings;
  /** saves the imported settings and says so */
  onImport: (settings: Settings, fileName: string) => void;
  onReset: () => void;
  onMessage: (message: string) => void;
}

/** Files bigger than this are not settings. */
const MAX_IMPORT_BYTES = 1_000_000;

export function BackupSection({ settings, onImport, onReset, onMessage }: BackupSectionProps) {
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'threadlens-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    onMessage('Settings exported as threadlens-settings.json.');
  };
  const readFile = async (file: File): Promise<void> => {
    if (file.size > MAX_IMPORT_BYTES) {
      onMessage(`${file.name} is too large to be a settings file. Nothing was changed.`);
      return;
    }
    const result = importSettings(await file.text());
    if (!result.ok) {
      onMessage(`${file.name}: ${result.error}`);
      return;
    }
    onImport(result.value, file.name);
  };
  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">Backup</h2>
      <div class="row buttons">
        <button type="button" onClick={download}>
          Export settings
        </button>
        <label class="file-button">
          Import settings…
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
        <button type="button" onClick={onReset}>
          Reset to defaults
        </button>
      </div>
    </section>
  );
}
