// ESLint (flat config): typescript-eslint's recommended rules, Prettier's config last (formatting
// is Prettier's), and rules that encode ../shared/STYLE.md. Each STYLE rule has a test that lints
// a bad snippet and expects the error: test/unit/tools/lint-rules.test.ts.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser and extension globals: names a browser has and Node does not (STYLE habit 2). */
export const DOM_GLOBALS = [
  ...new Set([
    ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2021)),
    'window',
    'document',
    'navigator',
    'location',
    'chrome',
    'browser',
  ]),
].sort();

/** Page text is only ever rendered as text (STYLE habit 8), and no code is made from strings. */
const SINKS = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'innerHTML/outerHTML: render page text as text (STYLE.md habit 8).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML: render page text as text (STYLE.md habit 8).' },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'document.write: render page text as text (STYLE.md habit 8).',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML: render page text as text (STYLE.md habit 8).' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML: render page text as text (STYLE.md habit 8).' },
];

/** DOM lookups may find nothing: handle null instead of asserting it away (STYLE habit 10). */
const DOM_LOOKUPS = 'querySelector|querySelectorAll|closest|getElementById|getElementsByClassName|getElementsByTagName|getElementsByName|elementFromPoint';
const NO_NON_NULL_DOM = [
  {
    selector: `TSNonNullExpression > CallExpression.expression[callee.property.name=/^(${DOM_LOOKUPS})$/]`,
    message: 'No `!` after a DOM query: it may find nothing (STYLE.md habit 10).',
  },
  {
    selector:
      'TSNonNullExpression > MemberExpression.expression[property.name=/^(shadowRoot|parentElement|parentNode|firstElementChild|lastElementChild|nextElementSibling|previousElementSibling|ownerDocument|body)$/]',
    message: 'No `!` after a DOM lookup: it may be null (STYLE.md habit 10).',
  },
];

/** An import restriction by the path it names. */
const importRule = (regex, message) => ({ regex, message });
const TOOLS = importRule('(^|/)tools/', 'src/ ships; tools/ is development only (STYLE.md layout).');
const DEV_PACKAGES = importRule(
  '^(@playwright/test|playwright-core|puppeteer-core|vite|vitest|web-ext|fast-check)($|/)',
  'dev dependencies are imported only in tools/ and test/ (STYLE.md layout).',
);
const BACKGROUND = importRule('(^|/)background/', 'content/ and background/ never import each other; they meet in shared/ (STYLE.md habit 2).');
const CONTENT = importRule('(^|/)content/', 'content/ and background/ never import each other; they meet in shared/ (STYLE.md habit 2).');
const BROWSER_PACKAGES = importRule(
  '^(webextension-polyfill|preact)($|/)',
  'signals/, scoring/ and shared/ run in Node: no browser or UI packages (STYLE.md habit 2).',
);
const CONTEXTS = importRule('(^|/)(content|background|ui|sites|cli)/', 'signals/, scoring/ and shared/ import no context (STYLE.md habit 2).');
const UP_FROM_SHARED = importRule('(^|/)(scoring|signals)/', 'shared/ is the bottom layer: it imports neither scoring/ nor signals/ (issue 8).');

const restrictImports = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'models/**', '.gl/**', 'public/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Declared build constants (`declare const __THREADLENS_TEST_BUILD__`) and test fixtures' `{}` patterns.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'extension/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker, ...globals.webextensions } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...SINKS, ...NO_NON_NULL_DOM],
      'no-restricted-imports': restrictImports(TOOLS, DEV_PACKAGES),
    },
  },
  {
    files: ['tools/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_NON_NULL_DOM] },
  },
  {
    files: ['src/content/**'],
    rules: { 'no-restricted-imports': restrictImports(TOOLS, DEV_PACKAGES, BACKGROUND) },
  },
  {
    files: ['src/background/**'],
    rules: {
      'no-restricted-imports': restrictImports(TOOLS, DEV_PACKAGES, CONTENT, importRule('(^|/)ui/', 'the background renders nothing (STYLE.md layout).')),
    },
  },
  {
    files: ['src/signals/**', 'src/scoring/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'signals/, scoring/ and shared/ are pure: no DOM or extension APIs (STYLE.md habit 2).' })),
      ],
      'no-restricted-imports': restrictImports(TOOLS, DEV_PACKAGES, BROWSER_PACKAGES, CONTEXTS),
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'signals/, scoring/ and shared/ are pure: no DOM or extension APIs (STYLE.md habit 2).' })),
      ],
      'no-restricted-imports': restrictImports(TOOLS, DEV_PACKAGES, BROWSER_PACKAGES, CONTEXTS, UP_FROM_SHARED),
    },
  },
  prettier,
);
