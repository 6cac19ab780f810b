// The on-disk format of the database files and the atomic write used for every acknowledged change.
//
// Format: one JSON object; each top-level array is written one record per line, so a file is valid
// JSON, diffs well and can be produced collection by collection (the store caches each record's text).
// DB_FILE is the snapshot; the changes since it are in its journal (see JournalEntry).
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The text of one top-level value: arrays one record per line, anything else compact. */
export function serializeValue(value: unknown): string {
  if (Array.isArray(value))
    return value.length ? `[\n${value.map((r) => JSON.stringify(r)).join(',\n')}\n]` : '[]';
  return JSON.stringify(value);
}

/** Joins pre-serialised top-level values into the file text (keys in the given order). */
export function joinDocument(parts: [key: string, text: string][]): string {
  return `{\n${parts.map(([k, t]) => `${JSON.stringify(k)}: ${t}`).join(',\n')}\n}\n`;
}

export function serializeDocument(doc: Record<string, unknown>): string {
  return joinDocument(Object.entries(doc).map(([k, v]) => [k, serializeValue(v)]));
}

/**
 * The journal next to DB_FILE (`db.json` → `db.journal`): one line per committed transaction, appended and
 * fsynced before the transaction is acknowledged, replayed over DB_FILE at start-up.
 *
 *   {"put":[["orders",{"id":"PO-…",…}],…],"del":[["sessions","…"],…]}
 *
 * `put` holds the records a transaction inserted or changed as they are after it, `del` the ids it removed.
 * Replaying a line is idempotent, and replaying lines a snapshot already contains ends in that snapshot's
 * state again, which makes a crash between a snapshot rename and the journal truncation harmless.
 */
export interface JournalEntry {
  put?: [collection: string, record: { id: string }][];
  del?: [collection: string, id: string][];
}

export function journalFileFor(dbFile: string): string {
  return join(dirname(dbFile), `${basename(dbFile).replace(/\.json$/i, '')}.journal`);
}

/**
 * Reads a journal: its entries and the length of its complete part. A torn last line (a crash during an
 * append that was never acknowledged) is left out; a bad line followed by good ones is corruption.
 */
export function readJournal(file: string): { entries: JournalEntry[]; goodBytes: number } {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], goodBytes: 0 };
    throw new DataFileError(file, `cannot be read (${(err as Error).message})`);
  }
  const entries: JournalEntry[] = [];
  let goodBytes = 0;
  let bad: number | null = null;
  let start = 0;
  for (let line = 1; start < buf.length; line++) {
    const nl = buf.indexOf(10, start);
    const end = nl < 0 ? buf.length : nl;
    const entry = nl < 0 ? undefined : parseEntry(buf.toString('utf8', start, end));
    if (entry) {
      if (bad !== null) throw new DataFileError(file, `line ${bad} is not a valid journal entry`);
      entries.push(entry);
      goodBytes = end + 1;
    } else bad ??= line;
    start = end + 1;
  }
  return { entries, goodBytes };
}

function parseEntry(text: string): JournalEntry | undefined {
  try {
    const e = JSON.parse(text) as JournalEntry;
    const ok =
      e &&
      typeof e === 'object' &&
      (e.put ?? []).every((p) => typeof p[0] === 'string' && typeof p[1]?.id === 'string') &&
      (e.del ?? []).every((d) => typeof d[0] === 'string' && typeof d[1] === 'string');
    return ok ? e : undefined;
  } catch {
    return undefined;
  }
}

/** A data file that cannot be used, with one line naming the file and the problem. */
export class DataFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`.replace(/\s*\n\s*/g, ' '));
    this.name = 'DataFileError';
  }
}

/**
 * Reads a database file as a JSON object, or throws a DataFileError saying why it cannot be used
 * (missing, a directory, empty, not JSON, not an object). Never writes.
 */
export function readDocument(file: string): Record<string, unknown> {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new DataFileError(file, 'is a directory, not a file');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof DataFileError) throw err;
    throw new DataFileError(file, `cannot be read (${(err as Error).message})`);
  }
  if (!text.trim()) throw new DataFileError(file, 'is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(
      file,
      `is not valid JSON, perhaps truncated (${(err as Error).message})`,
    );
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new DataFileError(file, 'must be a JSON object of collections');
  return doc as Record<string, unknown>;
}

function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * Removes the temporary files an atomic write of `file` leaves when its process is killed before the
 * rename (`.<name>.<pid>.tmp`, of a process that no longer runs, or of ours: we have not written yet).
 */
export function removeStaleTempFiles(file: string): void {
  const prefix = `.${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    const m = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(dirname(file), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Replaces `file` with `text` atomically and durably: write a temporary file in the same directory,
 * fsync it, rename it over the target, fsync the directory. A crash at any moment leaves either the
 * old or the new complete file.
 */
export async function writeFileAtomic(
  file: string,
  text: string | Buffer,
  beforeSync?: (file: string) => void,
): Promise<void> {
  const tmp = tempName(file);
  const fh = await open(tmp, 'w', 0o644);
  try {
    try {
      await fh.writeFile(text, 'utf8');
      beforeSync?.(tmp);
      await fh.datasync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(dirname(file));
}

/** Makes a directory's entries (a rename, a new file) durable. */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** The same, synchronously (seed CLI, first start). */
export function writeFileAtomicSync(file: string, text: string): void {
  const tmp = tempName(file);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  const dfd = openSync(dirname(file), 'r');
  try {
    fsyncSync(dfd);
  } finally {
    closeSync(dfd);
  }
}
