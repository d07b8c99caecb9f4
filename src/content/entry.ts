// The content script's bundle entry: starts the content script (the modules themselves do nothing on import).
import { start } from './content-main.ts';

void start().catch((e: unknown) => {
  // Never let an error reach the page's console as uncaught; debug builds can read it here.
  console.debug('[threadlens] content script stopped', e);
});
