// What kind of build this code runs in. tools/build/build.ts defines `__THREADLENS_TEST_BUILD__`
// as a literal, so in a shipped build every `if (TEST_BUILD)` branch is dead code the bundler
// removes: test-only messages, attributes and hooks are absent from the files, not just switched off.
// Under Vitest and in Node (the CLI) nothing defines it: the code runs as it ships.
declare const __THREADLENS_TEST_BUILD__: boolean | undefined;

export const TEST_BUILD: boolean = typeof __THREADLENS_TEST_BUILD__ !== 'undefined' && __THREADLENS_TEST_BUILD__ === true;
