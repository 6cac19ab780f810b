// `npm run bench:web -- --lighthouse --baseline REV [--rounds N] [--runs N] [--only TEXT] [--cpu-slowdown N] [--desktop]`:
// Lighthouse's scores of this build against those of the git revision REV, measured in the same run.
//
// Builds REV in a temporary git worktree (sharing this checkout's node_modules), then runs
// .ci/bench-lighthouse.ts on each build in turn, N rounds (default 4) of --runs runs per page
// (default 3). The order of the two builds is swapped every round: on a small machine the build
// measured second in a round scored up to about 3 points higher, so a fixed order would favour one
// of them. Prints, per page, the median and the mean of every run of each build, and each round's
// medians. The other options (--runs, --only, --cpu-slowdown, --desktop, --applied) are passed on
// to bench-lighthouse.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figures } from './bench-lighthouse.ts';
import { median } from './median.ts';

const ROOT = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const rev = value('--baseline');
if (!rev) throw new Error('--baseline REV: the git revision to compare this build with');
const rounds = Math.max(1, Number(value('--rounds') ?? 4));
/** Options with a value that bench-lighthouse.ts does not get: ours, and those writing a file per run. */
const NOT_PASSED_ON = ['--baseline', '--rounds', '--save', '--json'];
const passOn = argv.filter(
  (a, i) =>
    a !== '--lighthouse' &&
    !NOT_PASSED_ON.includes(a) &&
    !NOT_PASSED_ON.includes(argv[i - 1] ?? ''),
);

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--verify', `${rev}^{commit}`);
const work = mkdtempSync(join(tmpdir(), 'bench-compare-'));
const baselineDir = join(work, 'baseline');
const removeWorktree = () => {
  spawnSync('git', ['worktree', 'remove', '--force', baselineDir], { cwd: ROOT });
  rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  removeWorktree();
  process.exit(130);
});

interface Side {
  name: string;
  dir: string;
  /** Every run of every round, page by page. */
  runs: Map<string, Figures[]>;
  /** Each round's median, page by page. */
  roundMedians: Map<string, number[]>;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

let exitCode = 0;
try {
  git('worktree', 'add', '--detach', baselineDir, commit);
  symlinkSync(join(ROOT, 'node_modules'), join(baselineDir, 'node_modules'));
  console.log(`Building ${rev} (${commit.slice(0, 7)}) in ${baselineDir} …`);
  // the revision's own build script, whatever it runs after Angular's build
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: baselineDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const sides: Side[] = [
    {
      name: `${rev} (${commit.slice(0, 7)})`,
      dir: baselineDir,
      runs: new Map(),
      roundMedians: new Map(),
    },
    { name: 'this build', dir: ROOT, runs: new Map(), roundMedians: new Map() },
  ];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? sides : [...sides].reverse();
    for (const side of order) {
      console.log(`round ${round}/${rounds}: ${side.name}`);
      const json = join(work, 'runs.json');
      // This checkout's script, run in the side's tree: it serves that tree's build (./mock-api).
      const run = spawnSync(
        process.execPath,
        [join(ROOT, '.ci', 'bench-lighthouse.ts'), ...passOn, '--json', json],
        { cwd: side.dir, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (run.status !== 0) throw new Error(`bench-lighthouse.ts failed on ${side.name}`);
      const pages = JSON.parse(readFileSync(json, 'utf8')) as { name: string; runs: Figures[] }[];
      for (const { name, runs } of pages) {
        side.runs.set(name, [...(side.runs.get(name) ?? []), ...runs]);
        side.roundMedians.set(name, [
          ...(side.roundMedians.get(name) ?? []),
          median(runs.map((r) => r.perf)),
        ]);
      }
    }
  }

  const [baseline, current] = sides as [Side, Side];
  const preset = passOn.includes('--desktop') ? 'desktop' : 'mobile';
  const cell = (runs: Figures[]) => {
    const scores = runs.map((r) => r.perf);
    const tbt = Math.round(median(runs.map((r) => r.tbt)));
    return `${median(scores)} (${mean(scores).toFixed(1)}), ${tbt} ms`;
  };
  console.log(
    `\nLighthouse ${preset} performance in ${rounds} rounds, the order swapped every round. Per build: ` +
      `the score's median (mean) over every run, and Total Blocking Time's median:\n`,
  );
  console.log(
    `| page | ${baseline.name} | ${current.name} | each round's median, before → after |`,
  );
  console.log('|---|---:|---:|---|');
  for (const [name, before] of baseline.runs) {
    const roundByRound = baseline.roundMedians
      .get(name)!
      .map((m, i) => `${m} → ${current.roundMedians.get(name)?.[i] ?? '?'}`)
      .join(', ');
    console.log(
      `| ${name} | ${cell(before)} | ${cell(current.runs.get(name) ?? [])} | ${roundByRound} |`,
    );
  }
  const perSide = baseline.runs.values().next().value?.length ?? 0;
  console.log(`\n${perSide} runs a side per page.`);
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  removeWorktree();
}
process.exit(exitCode);
