// The on-disk format of the database files and the atomic write used for every acknowledged change.
//
// Format: one JSON object; each top-level array is written one record per line, so a file is valid
// JSON, diffs well and can be produced collection by collection (the store caches each collection's
// text and re-serialises only the collections a transaction touched).
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
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

function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
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
    await fh.writeFile(text, 'utf8');
    beforeSync?.(tmp);
    await fh.datasync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  const dir = await open(dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
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
