// The extension's manifest, one source for every build. tools/build/build.ts writes it as manifest.json.
// Chrome runs the background as an ES-module service worker; Firefox as an event page from
// `background.scripts`, with a gecko id (and no `service_worker` key, which it would ignore).

export type BuildTarget = 'chrome' | 'firefox';

/** Hosts the shipped build runs on from install: the sites with an adapter and a fixed host. */
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
  'https://bsky.app/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
];

/**
 * Mastodon runs on thousands of hosts: none is granted at install. The options page asks for each instance the
 * reader adds (permissions.request, a user gesture), and the background registers the content script there
 * (src/background/mastodon-scripts.ts). Optional host permissions: Chrome 102+, Firefox 128+.
 */
export const OPTIONAL_MATCHES = ['https://*/*'];

/** Only the test build (npm start, end-to-end tests) may also run on the local demo server. */
export const TEST_MATCHES = ['http://127.0.0.1/*'];

/**
 * WebAssembly needs 'wasm-unsafe-eval' (onnxruntime-web). connect-src 'self': the extension's
 * pages and background may fetch only the extension's own files (the model, the wasm), so even a
 * bug or a compromised dependency cannot send anything off the device from them.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'";

export interface ManifestOptions {
  target: BuildTarget;
  version: string;
  test: boolean;
}

export function makeManifest({ target, version, test }: ManifestOptions): Record<string, unknown> {
  const matches = test ? [...SITE_MATCHES, ...TEST_MATCHES] : SITE_MATCHES;
  const background = target === 'chrome' ? { service_worker: 'background.js', type: 'module' } : { scripts: ['background.js'], type: 'module' };
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: test ? 'Threadlens (test build)' : 'Threadlens',
    short_name: 'Threadlens',
    version,
    description: 'Labels social-media threads that look manipulated, and says why. Runs entirely on your device.',
    icons: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png', '48': 'icons/icon-48.png', '128': 'icons/icon-128.png' },
    action: { default_title: 'Threadlens settings', default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' } },
    options_ui: { page: 'options.html', open_in_tab: true },
    background,
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
    host_permissions: matches,
    optional_host_permissions: OPTIONAL_MATCHES,
    // scripting: registerContentScripts for the Mastodon instances the reader granted.
    permissions: ['storage', 'scripting'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  };
  if (target === 'chrome') manifest.minimum_chrome_version = '116';
  if (target === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: 'threadlens@threadlens.invalid',
        // 140 (the current ESR) is the first to read data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
