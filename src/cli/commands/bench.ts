// `threadlens bench [--json] [--runs N] [--skip-extension]`: the project's performance figures.
// The measuring code is development tooling (tools/bench/: Playwright, puppeteer, the demo server),
// so it is loaded only here, lazily, and a checkout without the dev dependencies gets a clear error.
import type { Command } from '../command.ts';

const USAGE = 'threadlens bench [--json] [--runs N] [--skip-extension]';
// A URL, not an import specifier: src/ never imports tools/ statically (eslint enforces it).
const BENCH_TOOL = new URL('../../../tools/bench/bench-command.ts', import.meta.url);

interface BenchTool {
  runBench: Command['run'];
}

export const command: Command = {
  spec: { name: 'bench', usage: USAGE, values: ['runs'], flags: ['json', 'skip-extension'], positionals: [0, 0] },
  async run(args, io) {
    let tool: BenchTool;
    try {
      tool = (await import(BENCH_TOOL.href)) as BenchTool;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'ERR_MODULE_NOT_FOUND') {
        await io.stderr(
          `threadlens bench: needs the development dependencies and tools/ of a source checkout (run \`npm ci\` there): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`,
        );
        return 2;
      }
      throw e;
    }
    return tool.runBench(args, io);
  },
};
