// The body of `threadlens bench` (src/cli/commands/bench.ts loads it lazily: it needs the dev
// dependencies, Playwright and puppeteer): the project's performance figures
// (../shared/contracts/cli.md): the classifier in Node, the extension in Chromium, scoring.
// Every figure is {median, min, max} over repeated runs, or null with the reason in `notes`; each
// figure with a budget (issue #12, tools/bench/budgets.ts) gets a verdict, under `budgets`.
import os from 'node:os';
import path from 'node:path';
import type { ParsedArgs } from '../../src/cli/args.ts';
import { UsageError } from '../../src/cli/errors.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { REPO_ROOT, SHIPPED_MODEL_DIR } from '../../src/classifier/node-classifier.ts';
import { budgetText, judgeBudgets, loadWarning } from './budgets.ts';
import { measureClassifierNode, measureReference } from './classifier-node-bench.ts';
import { measureExtension, measureZip, unmeasuredExtension } from './extension-bench.ts';
import { describeMachine } from './machine.ts';
import { measureMemory } from './measure-memory.ts';
import { measureScoring } from './measure-scoring.ts';
import { ensureReference, REFERENCE_SCRIPT } from './reference-model.ts';
import type { Spread } from './spread.ts';

export const BENCH_USAGE = 'threadlens bench [--json] [--runs N] [--skip-extension]';
const USAGE = BENCH_USAGE;

function line(name: string, s: Spread | null | undefined, unit: string): string {
  return s ? `  ${name.padEnd(28)} ${String(s.median).padStart(10)} ${unit}  (min ${s.min}, max ${s.max})` : `  ${name.padEnd(28)} ${'n/a'.padStart(10)}`;
}

export async function runBench(args: ParsedArgs, io: CliIO): Promise<number> {
  {
    const runs = args.values.runs === undefined ? 5 : Number(args.values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new UsageError(`--runs must be an integer from 1 to 100. Usage: ${USAGE}`);
    const notes: string[] = [];
    const machine = describeMachine();
    const busy = loadWarning(os.loadavg()[0] ?? 0, os.cpus().length);
    if (busy !== null) notes.push(busy);
    const int8 = await measureClassifierNode(SHIPPED_MODEL_DIR, 'q8', runs);
    const fp32 = await measureClassifierNode(SHIPPED_MODEL_DIR, 'fp32', runs);
    if (!int8) notes.push(`shipped_int8: ${path.join(SHIPPED_MODEL_DIR, 'onnx/model_quantized.onnx')} is missing`);
    if (!fp32) notes.push(`shipped_fp32: ${path.join(SHIPPED_MODEL_DIR, 'onnx/model.onnx')} is missing`);
    const referenceModel = await ensureReference(REPO_ROOT, (l) => void io.stderr(`${l}\n`));
    const reference = referenceModel.ok ? await measureReference(referenceModel.file, SHIPPED_MODEL_DIR, runs) : null;
    if (referenceModel.ok) {
      notes.push(
        `reference_bert_base: a BERT-base-shaped encoder (12 layers, 768 wide; random weights: speed only), int8 with the same quantiser, in onnxruntime-node directly with the shipped tokenizer's ids (${referenceModel.file}, ${referenceModel.built ? 'built by this run' : 'cached; built'} by ${REFERENCE_SCRIPT})`,
      );
    } else {
      notes.push(`reference_bert_base: not measured: cannot build it: ${referenceModel.reason}`);
    }
    const speedup = reference && int8 ? Math.round((int8.posts_per_s.median / reference.posts_per_s.median) * 10) / 10 : null;
    notes.push('classifier_node: onnxruntime-node with one intra-op thread; posts_per_s from the batches of 32 short posts');
    const extension = args.flags.has('skip-extension')
      ? { ...unmeasuredExtension(), zip_mb: await measureZip(REPO_ROOT, notes) }
      : await measureExtension(REPO_ROOT, runs, notes);
    if (args.flags.has('skip-extension')) notes.push('extension: nothing measured in Chromium (--skip-extension)');
    const { buildOnlyMb, ...scoring } = measureScoring(runs);
    notes.push(
      `posts_20000_peak_mb: peak resident memory of a fresh Node process that builds and scores a 20,000-reply thread; building it alone peaks at ${buildOnlyMb.median} MB`,
    );
    const memory = measureMemory(runs * 20);
    notes.push(
      `memory: the cross-thread memory at its bounds (${memory.entries} entries): *_added_ms is the lookup and remembering after the thread was scored without it (the other signals have read each reply's words, as in the extension), *_alone_ms the same on a thread nothing has read`,
    );
    const classifierNode = { shipped_int8: int8, shipped_fp32: fp32, reference_bert_base: reference, speedup_vs_reference: speedup };
    const budgets = judgeBudgets({ classifier_node: classifierNode, extension, scoring, memory });
    const report = { machine, classifier_node: classifierNode, extension, scoring, memory, budgets, notes };
    if (args.flags.has('json')) {
      await io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const out = [`Threadlens bench (${runs} runs; median, min, max)`, `machine: ${machine}`, '', 'classifier in Node (shipped int8 / float):'];
    out.push(
      line('int8 one post', int8?.single_ms, 'ms'),
      line('int8 32 short posts', int8?.batch32_short_ms, 'ms'),
      line('int8 32 long posts', int8?.batch32_long_ms, 'ms'),
      line('int8 posts a second', int8?.posts_per_s, '/s'),
    );
    out.push(
      line('fp32 one post', fp32?.single_ms, 'ms'),
      line('fp32 32 short posts', fp32?.batch32_short_ms, 'ms'),
      line('fp32 posts a second', fp32?.posts_per_s, '/s'),
    );
    out.push(line('BERT-base int8 32 short posts', reference?.batch32_short_ms, 'ms'), line('BERT-base posts a second', reference?.posts_per_s, '/s'));
    out.push(`  speed-up of the shipped int8 model over BERT-base: ${speedup === null ? 'n/a' : `${speedup}x`}`);
    out.push('', 'extension in Chromium:');
    out.push(
      line('classifier cold start', extension.cold_start_ms, 'ms'),
      line('classifier per post', extension.per_post_ms, 'ms'),
      line('content, per 100 posts', extension.content_ms_per_100_posts, 'ms'),
      line('longest task while scrolling', extension.longest_task_ms, 'ms'),
      line('  the same without extension', extension.longest_task_without_extension_ms, 'ms'),
      line('service worker memory', extension.sw_heap_mb, 'MB'),
      line('zip (dist/chrome)', extension.zip_mb, 'MB'),
    );
    out.push('', 'scoring:');
    out.push(
      line('100 posts', report.scoring.posts_100_ms, 'ms'),
      line('1,000 posts', report.scoring.posts_1000_ms, 'ms'),
      line('20,000 posts', report.scoring.posts_20000_ms, 'ms'),
      line('20,000 posts peak memory', report.scoring.posts_20000_peak_mb, 'MB'),
    );
    out.push('', 'cross-thread memory, per thread (added to scoring / alone):');
    for (const replies of [25, 100, 1000]) {
      const figure = (kind: string): Spread | undefined => memory[`replies_${replies}_${kind}_ms`] as Spread | undefined;
      out.push(line(`${replies} replies, added`, figure('added'), 'ms'), line(`${replies} replies, alone`, figure('alone'), 'ms'));
    }
    out.push('', 'budgets (issue #12; verdict on the median):');
    for (const b of budgets) out.push(`  ${b.verdict.toUpperCase().padEnd(12)} ${b.what}, ${budgetText(b)}: ${b.detail}`);
    out.push('', 'notes:', ...notes.map((n) => `  - ${n}`));
    await io.stdout(`${out.join('\n')}\n`);
    return 0;
  }
}
