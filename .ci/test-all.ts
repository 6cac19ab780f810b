// `npm test`: runs every suite (unit, api, e2e) in turn, shows their output, and ends with one line
// "N passed, N failed" summing all of them. Exits non-zero when any suite fails or does not report.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
}

interface Suite {
  name: string;
  script: string;
  env?: Record<string, string>;
  /** Reads the suite's counts from its output (or a report file); null when it reported nothing. */
  count: (output: string) => Counts | null;
}

const e2eReport = join(mkdtempSync(join(tmpdir(), 'portal-e2e-')), 'report.json');

const suites: Suite[] = [
  {
    name: 'unit (Karma)',
    script: 'test:unit',
    count: (out) => {
      const total = [...stripAnsi(out).matchAll(/TOTAL: (?:(\d+) FAILED, )?(\d+) SUCCESS/g)].at(-1);
      if (total) return { failed: Number(total[1] ?? 0), passed: Number(total[2]) };
      const failedOnly = [...stripAnsi(out).matchAll(/TOTAL: (\d+) FAILED/g)].at(-1);
      return failedOnly ? { failed: Number(failedOnly[1]), passed: 0 } : null;
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
  },
  {
    name: 'e2e (Playwright)',
    script: 'test:e2e',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, E2E_JSON_REPORT: '1' },
    count: () => {
      try {
        const stats = JSON.parse(readFileSync(e2eReport, 'utf8')).stats;
        // A test that passed only on a retry is flaky: it fails the run.
        return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
      } catch {
        return null;
      }
    },
  },
];

function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

function run(suite: Suite): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', suite.script], {
      env: { ...process.env, ...suite.env, CI: process.env['CI'] ?? 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on('data', (c: Buffer) => tee(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => tee(c, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const suite of suites.filter(
  (s) => only.length === 0 || only.some((o) => s.script.includes(o)),
)) {
  console.log(`\n=== ${suite.name}: npm run ${suite.script}\n`);
  const { code, output } = await run(suite);
  const counts = suite.count(output);
  if (!counts) {
    // A suite that crashed before reporting counts as one failure, so it can never pass silently.
    lines.push(`${suite.name}: no result (exit ${code})`);
    failed += 1;
    continue;
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
