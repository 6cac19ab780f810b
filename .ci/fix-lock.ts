// Completes package-lock.json for platforms this registry does not serve.
//
// The npm registry reachable from these machines has only the Linux builds of some packages with
// per-platform optional dependencies (Angular's oxc-parser and lmdb's msgpackr-extract). `npm install`
// then leaves the other platforms' packages out of the lock file, and `npm ci` refuses such a lock
// ("Missing: … from lock file"). This adds each missing optional package as a lock entry carrying the
// os/cpu/libc its name declares, so npm ci skips it on any machine it does not fit, as it would with
// a lock made against the full registry. Run it after changing dependencies:
//   npm install && node .ci/fix-lock.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS = [
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'android',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU: [RegExp, string][] = [
  [/(^|-)arm64(-|$)/, 'arm64'],
  [/(^|-)x64(-|$)/, 'x64'],
  [/(^|-)ia32(-|$)/, 'ia32'],
  [/(^|-)arm(-|$)/, 'arm'],
  [/(^|-)ppc64(-|$)/, 'ppc64'],
  [/(^|-)riscv64(-|$)/, 'riscv64'],
  [/(^|-)s390x(-|$)/, 's390x'],
  [/(^|-)wasm32(-|$)/, 'wasm32'],
];

/** What a platform package's name says it runs on, e.g. binding-linux-arm64-musl. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | null {
  const base = name.split('/').pop()!;
  const cpu = CPU.find(([re]) => re.test(base))?.[1];
  if (!cpu) return null;
  const os = OS.find((o) => base.includes(o));
  const libc = /-musl/.test(base) ? ['musl'] : /-gnu/.test(base) ? ['glibc'] : undefined;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

const file = join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[hoisted] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added.push(`${name}@${version}`);
  }
}
if (added.length) {
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}
console.log(
  added.length
    ? `package-lock.json: added ${added.length} other-platform entries`
    : 'package-lock.json: complete',
);
