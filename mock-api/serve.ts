// `npm run serve`: the production deployment on one origin. Builds the app when the build is missing
// or older than its sources, then serves the production build (lib/site.ts: strict CSP with a nonce
// per answer, caching, SPA fallback, robots.txt, CSP reports) and the mock API (server.ts) on PORT.
//
//   npm run serve                    PORT (8080), HOST (0.0.0.0), DB_FILE as `npm run api`
//   CSP_VIOLATIONS=file npm run serve   also appends each CSP violation report to `file` (e2e)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError } from './lib/json-file.ts';
import { createSite, type CspViolation } from './lib/site.ts';
import { DEFAULT_DB_FILE, startServer, type RunningServer } from './server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = join(ROOT, 'dist/portal/browser');

/** What the build is made of: a newer file here means the build is stale. */
const BUILD_INPUTS = ['src', 'angular.json', 'package-lock.json', 'tsconfig.json'];
/** Files under src/ that play no part in the build: specs, and `tsc -b`'s state (npm run typecheck). */
const NOT_BUILT = /\.spec\.ts$|\.tsbuildinfo$/;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0; // files only: a directory changes when tools write their state into it
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && !NOT_BUILT.test(entry.name))
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

/** Why the build must be made again, or null when it is up to date. */
export function staleReason(root = ROOT, buildDir = BUILD_DIR): string | null {
  const index = join(buildDir, 'index.html');
  if (!existsSync(index)) return 'there is no build';
  const built = statSync(index).mtimeMs;
  for (const input of BUILD_INPUTS)
    if (newestMtime(join(root, input)) > built) return `${input} changed since the last build`;
  return null;
}

/** Builds the app (production) when needed; exits when the build fails. */
export function ensureBuild(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`[serve] building the app: ${reason}`);
  // `npm run build`: Angular's build and what the project does after it (.ci/compile-hints.ts)
  const run = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  if (run.status !== 0) {
    console.error('[serve] the build failed');
    process.exit(1);
  }
}

/** The site and the API on one port. */
export async function serve(opts: {
  port: number;
  host?: string;
  dbFile?: string;
  buildDir?: string;
  onViolation?: (v: CspViolation) => void;
  quiet?: boolean;
}): Promise<RunningServer> {
  const site = createSite({
    root: opts.buildDir ?? BUILD_DIR,
    onViolation: opts.onViolation,
    log: !opts.quiet,
  });
  return startServer({
    port: opts.port,
    host: opts.host,
    dbFile: opts.dbFile,
    quiet: opts.quiet,
    site: site.handle,
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureBuild();
  const violationsFile = process.env['CSP_VIOLATIONS'];
  const running = await serve({
    port: Number(process.env['PORT'] ?? 8080),
    host: process.env['HOST'] ?? '0.0.0.0',
    dbFile: process.env['DB_FILE'] ?? DEFAULT_DB_FILE,
    quiet: false,
    onViolation: violationsFile
      ? (v) => appendFileSync(violationsFile, `${JSON.stringify(v)}\n`)
      : undefined,
  }).catch((err: unknown) => {
    if (!(err instanceof DataFileError)) throw err;
    console.error(`[serve] cannot start: ${err.message}`);
    process.exit(1);
  });
  console.log(`[serve] the portal and its API on http://localhost:${running.port}/`);
  const stop = () => running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
