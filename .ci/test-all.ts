// `npm test`: the checks (format, lint, types, production build with budgets, the API contract's
// lint when package.json has `lint:api`), then the suites (unit, api, e2e), each shown as it runs,
// ending with one line "N passed, N failed". A check counts as one item; a suite counts its tests.
// Exits non-zero when anything failed, or when a suite crashed without reporting.
//
//   npm test                 everything
//   npm test -- lint unit    only the steps whose script name contains one of the words
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface Counts {
  passed: number;
  failed: number;
}

interface Step {
  name: string;
  script: string;
  env?: Record<string, string>;
  /**
   * A suite reads its test counts from its output (or a report file), null when it reported none.
   * A check has no count: its exit code is its result.
   */
  count?: (output: string) => Counts | null;
  /** The names of a suite's failed tests, for the summary (a CI log may keep only its tail). */
  failures?: (output: string) => string[];
}

const e2eReport = join(mkdtempSync(join(tmpdir(), 'portal-e2e-')), 'report.json');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts;

const checks: Step[] = [
  { name: 'format (Prettier)', script: 'format:check' },
  { name: 'lint (ESLint)', script: 'lint' },
  { name: 'types (tsc -b)', script: 'typecheck' },
  { name: 'production build with budgets', script: 'build' },
  { name: 'icon font has every icon used (icons:check)', script: 'icons:check' },
  { name: 'boot frame headings match the dictionaries (boot:check)', script: 'boot:check' },
  ...('lint:api' in scripts ? [{ name: 'API contract (lint:api)', script: 'lint:api' }] : []),
];

const suites: Step[] = [
  {
    name: 'unit (Karma)',
    script: 'test:unit',
    count: (out) => {
      const text = stripVTControlCharacters(out);
      const total = [...text.matchAll(/TOTAL: (?:(\d+) FAILED, )?(\d+) SUCCESS/g)].at(-1);
      if (total) return { failed: Number(total[1] ?? 0), passed: Number(total[2]) };
      const failedOnly = [...text.matchAll(/TOTAL: (\d+) FAILED/g)].at(-1);
      return failedOnly ? { failed: Number(failedOnly[1]), passed: 0 } : null;
    },
    // The progress reporter's "<browser> <describe> <it> FAILED" lines, and how to rerun that order.
    failures: (out) => {
      const text = stripVTControlCharacters(out);
      const names = [...text.matchAll(/^\S.*?\(.*?\) (.+) FAILED$/gm)].map((m) => m[1]!);
      const seed = /^Jasmine seed (\d+)$/m.exec(text)?.[1];
      return names.length && seed
        ? [...names, `(in the same order: JASMINE_SEED=${seed} npm run test:unit)`]
        : names;
    },
  },
  {
    name: 'api (node:test)',
    script: 'test:api',
    count: (out) => {
      const last = (word: string) =>
        [...out.matchAll(new RegExp(`^(?:# |ℹ )${word} (\\d+)`, 'gm'))].at(-1)?.[1];
      const [pass, fail, cancelled] = [last('pass'), last('fail'), last('cancelled')];
      // A cancelled test (its hook failed or it timed out) did not pass: count it as failed.
      return pass && fail
        ? { passed: Number(pass), failed: Number(fail) + Number(cancelled ?? 0) }
        : null;
    },
    // TAP's "not ok" lines (a test and each suite around it), or the spec reporter's "✖" ones.
    failures: (out) =>
      [...out.matchAll(/^\s*(?:not ok \d+ - |✖ )(.+?)(?: \(\d[\d.]*ms\))?$/gm)]
        .map((m) => m[1]!)
        .filter((name) => name !== 'failing tests:'),
  },
  {
    name: 'e2e (Playwright)',
    script: 'test:e2e',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, E2E_JSON_REPORT: '1' },
    count: () => {
      try {
        const stats = (
          JSON.parse(readFileSync(e2eReport, 'utf8')) as {
            stats: { expected: number; unexpected: number; flaky: number };
          }
        ).stats;
        // There are no retries; a test Playwright still calls flaky did not pass on its own.
        return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
      } catch {
        return null;
      }
    },
    failures: () => {
      try {
        return e2eFailures(JSON.parse(readFileSync(e2eReport, 'utf8')) as PlaywrightSuite);
      } catch {
        return [];
      }
    },
  },
];

interface PlaywrightSuite {
  title?: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; ok: boolean }[];
}

/** Every spec in Playwright's JSON report that did not pass, as "file:line group › title". */
function e2eFailures(suite: PlaywrightSuite, groups: string[] = []): string[] {
  return [
    ...(suite.specs ?? [])
      .filter((s) => !s.ok)
      .map((s) => `${s.file}:${s.line} ${[...groups, s.title].join(' › ')}`),
    ...(suite.suites ?? []).flatMap((inner) =>
      // a file's own suite is titled with the file's name, already in the line
      e2eFailures(
        inner,
        inner.title && inner.title !== inner.file ? [...groups, inner.title] : groups,
      ),
    ),
  ];
}

function run(step: Step): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], {
      env: { ...process.env, ...step.env, CI: process.env['CI'] ?? 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on('data', (c: Buffer) => tee(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => tee(c, process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const only = process.argv.slice(2);
const selected = (step: Step) => only.length === 0 || only.some((o) => step.script.includes(o));
let passed = 0;
let failed = 0;
const lines: string[] = [];

for (const step of [...checks, ...suites].filter(selected)) {
  console.log(`\n=== ${step.name}: npm run ${step.script}\n`);
  const { code, output } = await run(step);
  if (!step.count) {
    if (code === 0) passed += 1;
    else failed += 1;
    lines.push(`${step.name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
    continue;
  }
  const counts = step.count(output);
  if (!counts) {
    // A suite that crashed before reporting counts as one failure, so it can never pass silently.
    lines.push(`${step.name}: no result (exit ${code})`);
    failed += 1;
    continue;
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed`);
  const names = [...new Set(step.failures?.(output) ?? [])];
  for (const name of names.slice(0, 20)) lines.push(`  ✘ ${name}`);
  if (names.length > 20) lines.push(`  … and ${names.length - 20} more`);
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
