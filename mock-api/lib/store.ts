// The store: the mutable data of DB_FILE in memory, changed only through `transact`; every change is on
// disk before it is acknowledged, and a write costs what the transaction changed, not what the file holds.
//
//   const order = await store.transact((tx) => { ...synchronous reads and writes...; return result; });
//
// - `fn` runs synchronously on the in-memory collections, so two requests can never interleave a
//   read-modify-write. If it throws (e.g. `fail('BUDGET_EXCEEDED', …)`) every change it made is undone.
// - On disk: DB_FILE is a snapshot; each committed transaction is one line appended to the journal next to
//   it (`db.journal`, see JournalEntry in lib/json-file.ts) with the records it changed or removed. The
//   returned promise resolves once that line is fsynced. Transactions that arrive while an append is in
//   flight are grouped into the next append (group commit: one fsync for many requests).
// - Compaction: when the journal outgrows `compaction` (by default 2 MB and the snapshot's size), the
//   next append is followed by a new snapshot (temp file + fsync + rename + directory fsync) and then the
//   journal is truncated. A crash at any step leaves a snapshot plus a journal that replays to the
//   acknowledged state: replaying lines the snapshot already holds ends in the same state.
// - At start-up the journal is replayed over the snapshot; a torn last line (an append cut by a crash,
//   never acknowledged) is ignored and cut off.
// - A change is acknowledged only once durable, and kept in memory only if it becomes durable: if an
//   append fails (disk full, I/O error), every change not yet durable — the failed group and any made
//   after it, which may have read it — is undone in memory and its request rejected (answered 500,
//   "nothing was changed"), and the journal is cut back to its last complete line.
// - Records are treated as immutable: change one by `tx.update(collection, {...old, field})`, never by
//   mutating the object returned by `get`/`all` (the undo log and the text cache rely on it).
// - Each record's JSON bytes are cached for the snapshot and re-encoded only when a transaction touched
//   it; a snapshot copies the cached pieces into one reused buffer (per-write garbage of the file's size
//   made V8 run full GCs of the whole heap during writes). The catalog is not in this file at all.
import { existsSync, statSync, truncateSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Tx } from '../services/tx.ts';
import {
  DataFileError,
  journalFileFor,
  readDocument,
  readJournal,
  serializeValue,
  syncDir,
  writeFileAtomic,
  type JournalEntry,
} from './json-file.ts';

type Rec = { id: string };

// The bytes of the file format of lib/json-file.ts (serializeDocument), assembled from cached pieces.
const OPEN = Buffer.from('{\n');
const CLOSE = Buffer.from('\n}\n');
const EMPTY = Buffer.from('[]');
const LIST_OPEN = Buffer.from('[\n');
const SEP = Buffer.from(',\n');
const LIST_CLOSE = Buffer.from('\n]');

/** A collection's records by id; throws a DataFileError for a record without an id or a repeated id. */
function recordsById(file: string, key: string, list: unknown[]): Map<string, Rec> {
  const byId = new Map<string, Rec>();
  list.forEach((r, i) => {
    const id = (r as Partial<Rec> | null)?.id;
    if (!r || typeof r !== 'object' || Array.isArray(r) || typeof id !== 'string' || !id)
      throw new DataFileError(file, `${key}[${i}] is not a record with a string id`);
    if (byId.has(id)) throw new DataFileError(file, `${key} has the id ${id} twice`);
    byId.set(id, r as Rec);
  });
  return byId;
}

export interface StoreOptions {
  /** Called when a background write fails (the waiting requests are rejected as well). */
  onWriteError?: (err: unknown) => void;
  /** When the journal is compacted into a new snapshot: at `minBytes` and `ratio` × the snapshot's size. */
  compaction?: { minBytes: number; ratio: number };
  /** Test seam: runs after a write's bytes are written and before they are synced; a throw fails that write. */
  beforeSync?: (file: string) => void;
  /** Test seam: runs after each step of a compaction (to copy the files as a crash would leave them). */
  onCompactionStep?: (step: 'snapshot-renamed' | 'journal-truncated') => void;
}

export const DEFAULT_COMPACTION = { minBytes: 2 * 1024 * 1024, ratio: 1 };

/** One transaction applied in memory and not yet durable: what undoes it and its journal line. */
interface Undurable {
  version: number;
  undo: (() => void)[];
  touched: Set<string>;
  line: Buffer;
}

export class Store {
  readonly file: string;
  /** Non-collection top-level values of the file (e.g. `meta`), kept verbatim. */
  readonly meta: Record<string, unknown> = {};
  private readonly order: string[] = [];
  private readonly cols = new Map<string, Map<string, Rec>>();
  private readonly arrays = new Map<string, Rec[]>();
  /** Each top-level value's bytes as written, in pieces (`[\n`, record, `,\n`, record, `\n]` for collections). */
  private readonly texts = new Map<string, Buffer[]>();
  private readonly heads = new Map<string, Buffer>();
  /** The write buffer, reused by every write (see documentBytes). */
  private out = Buffer.alloc(0);
  /** Per-record UTF-8 JSON, so re-serialising a touched collection only stringifies the changed records. */
  private readonly recTexts = new Map<string, Map<string, Buffer>>();
  private version = 0;
  private durable = 0;
  private writing: Promise<void> | null = null;
  private waiters: { version: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private flushWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  /** Transactions applied in memory but not yet durable, oldest first. */
  private undurable: Undurable[] = [];
  private readonly opts: StoreOptions;
  readonly journalFile: string;
  private journal: FileHandle | null = null;
  /** Length of the journal's complete lines. */
  private journalBytes = 0;
  private snapshotBytes: number;
  private compactRequested = false;
  /** After a failed compaction, the journal length at which to try again. */
  private compactRetryAt = 0;
  /** Set when the journal could not be cut back after a failed append: no more writes are safe. */
  private broken: unknown = null;

  constructor(file: string, opts: StoreOptions = {}) {
    this.file = file;
    this.opts = opts;
    this.journalFile = journalFileFor(file);
    const doc = readDocument(file);
    this.snapshotBytes = statSync(file).size;
    for (const [key, value] of Object.entries(doc)) {
      this.order.push(key);
      if (Array.isArray(value)) {
        this.cols.set(key, recordsById(file, key, value));
        this.arrays.set(key, value as Rec[]);
      } else {
        this.meta[key] = value;
        this.texts.set(key, [Buffer.from(serializeValue(value), 'utf8')]);
      }
    }
    const { entries, goodBytes } = readJournal(this.journalFile);
    for (const e of entries) this.replay(e);
    this.journalBytes = goodBytes;
    // Cut off a torn last line, so that the next append starts on a line of its own.
    if (existsSync(this.journalFile) && statSync(this.journalFile).size > goodBytes)
      truncateSync(this.journalFile, goodBytes);
  }

  private replay(e: JournalEntry): void {
    for (const [c, rec] of e.put ?? []) {
      this.col(c).set(rec.id, rec);
      this.touched(c, rec.id);
    }
    for (const [c, id] of e.del ?? []) {
      this.col(c).delete(id);
      this.touched(c, id);
    }
  }

  /** A read-only view with the Tx interface (for services that only read). Writes throw. */
  readonly reader: Tx = {
    all: <T>(c: string) => this.all<T>(c),
    get: <T>(c: string, id: string) => this.get<T>(c, id),
    insert: () => {
      throw new Error('read-only: use store.transact');
    },
    update: () => {
      throw new Error('read-only: use store.transact');
    },
    remove: () => {
      throw new Error('read-only: use store.transact');
    },
  };

  all<T>(collection: string): readonly T[] {
    let arr = this.arrays.get(collection);
    if (!arr) {
      arr = [...(this.cols.get(collection)?.values() ?? [])];
      this.arrays.set(collection, arr);
    }
    return arr as unknown as readonly T[];
  }

  get<T>(collection: string, id: string): T | undefined {
    return this.cols.get(collection)?.get(id) as T | undefined;
  }

  private col(name: string): Map<string, Rec> {
    let c = this.cols.get(name);
    if (!c) {
      c = new Map();
      this.cols.set(name, c);
      this.order.push(name);
    }
    return c;
  }

  private touched(name: string, id?: string): void {
    this.arrays.delete(name);
    this.texts.delete(name);
    if (id === undefined) this.recTexts.delete(name);
    else this.recTexts.get(name)?.delete(id);
  }

  /**
   * Runs `fn` as one atomic change and resolves with its result once the change is durable.
   * A transaction that changes nothing still waits for earlier changes to be durable (so a replayed
   * answer is never acknowledged before the write it reports).
   */
  transact<R>(fn: (tx: Tx) => R): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    const undo: (() => void)[] = [];
    const touched = new Set<string>();
    /** `collection\0id` of every record the transaction wrote. */
    const written = new Set<string>();
    const tx: Tx = {
      all: <T>(c: string) => this.all<T>(c),
      get: <T>(c: string, id: string) => this.get<T>(c, id),
      insert: <T extends Rec>(c: string, record: T) => {
        const col = this.col(c);
        if (col.has(record.id)) throw new Error(`duplicate ${c}/${record.id}`);
        col.set(record.id, record);
        undo.push(() => col.delete(record.id));
        touched.add(c);
        written.add(`${c}\0${record.id}`);
        this.touched(c, record.id);
      },
      update: <T extends Rec>(c: string, record: T) => {
        const col = this.col(c);
        const old = col.get(record.id);
        if (!old) throw new Error(`missing ${c}/${record.id}`);
        col.set(record.id, record);
        undo.push(() => col.set(record.id, old));
        touched.add(c);
        written.add(`${c}\0${record.id}`);
        this.touched(c, record.id);
      },
      remove: (c: string, id: string) => {
        const col = this.col(c);
        const old = col.get(id);
        if (!old) return;
        col.delete(id);
        undo.push(() => col.set(id, old));
        touched.add(c);
        written.add(`${c}\0${id}`);
        this.touched(c, id);
      },
    };
    let result: R;
    try {
      result = fn(tx);
      if (result instanceof Promise) throw new Error('store.transact: fn must be synchronous');
    } catch (err) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]();
      for (const c of touched) this.touched(c); // drops the collection's record texts too: they are rebuilt lazily
      return Promise.reject(err);
    }
    if (written.size)
      this.undurable.push({ version: ++this.version, undo, touched, line: this.lineOf(written) });
    return this.whenDurable(this.version).then(() => result);
  }

  /** The journal line of a transaction: the records it wrote as they are now, or their removal. */
  private lineOf(written: Set<string>): Buffer {
    const put: string[] = [];
    const del: string[] = [];
    for (const key of written) {
      const sep = key.indexOf('\0');
      const c = key.slice(0, sep);
      const id = key.slice(sep + 1);
      const rec = this.get<Rec>(c, id);
      if (rec) put.push(`[${JSON.stringify(c)},${JSON.stringify(rec)}]`);
      else del.push(`[${JSON.stringify(c)},${JSON.stringify(id)}]`);
    }
    return Buffer.from(`{"put":[${put.join(',')}],"del":[${del.join(',')}]}\n`, 'utf8');
  }

  /** Resolves when every change up to `version` is on disk. */
  private whenDurable(version: number): Promise<void> {
    if (this.durable >= version) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ version, resolve, reject });
      this.kick();
    });
  }

  /** Writes a new snapshot of the current state, empties the journal, and waits for it. */
  flush(): Promise<void> {
    this.compactRequested = true;
    return new Promise((resolve, reject) => {
      this.flushWaiters.push({ resolve, reject });
      this.kick();
    });
  }

  private compactionDue(): boolean {
    if (this.compactRequested) return true;
    const { minBytes, ratio } = this.opts.compaction ?? DEFAULT_COMPACTION;
    return this.journalBytes >= Math.max(minBytes, ratio * this.snapshotBytes, this.compactRetryAt);
  }

  /**
   * The writer: appends every undurable transaction's line in one write + fsync, then acknowledges them.
   * When a compaction is due, the snapshot bytes are taken at the same moment as the lines (so the
   * snapshot holds exactly what the journal then holds) and written after the append.
   */
  private kick(): void {
    if (this.writing) return;
    this.writing = (async () => {
      while (this.waiters.length || this.flushWaiters.length) {
        const target = this.version;
        const batch = this.undurable;
        const lines = batch.length ? Buffer.concat(batch.map((t) => t.line)) : null;
        const snapshot = this.compactionDue() ? this.documentBytes() : null;
        const flushing = snapshot ? this.flushWaiters : [];
        if (snapshot) [this.compactRequested, this.flushWaiters] = [false, []];
        try {
          if (lines) await this.append(lines);
        } catch (err) {
          this.opts.onWriteError?.(err);
          this.rollBackUndurable(err);
          for (const w of flushing) w.reject(err);
          continue;
        }
        this.durable = target;
        this.undurable = this.undurable.filter((t) => t.version > target);
        const done = this.waiters.filter((w) => w.version <= target);
        this.waiters = this.waiters.filter((w) => w.version > target);
        for (const w of done) w.resolve();
        if (snapshot) {
          const err = await this.compact(snapshot);
          for (const w of flushing)
            if (err) w.reject(err);
            else w.resolve();
        }
      }
      this.writing = null;
    })();
  }

  /** Appends complete lines to the journal and fsyncs; on failure cuts the journal back to its last line. */
  private async append(bytes: Buffer): Promise<void> {
    if (!this.journal) {
      this.journal = await open(this.journalFile, 'a', 0o644);
      await syncDir(dirname(this.journalFile)); // the new file's name must survive a crash too
    }
    try {
      await this.journal.writeFile(bytes);
      this.opts.beforeSync?.(this.journalFile);
      await this.journal.datasync();
    } catch (err) {
      try {
        await this.journal.truncate(this.journalBytes);
        await this.journal.datasync();
      } catch {
        this.broken = err;
      }
      throw err;
    }
    this.journalBytes += bytes.length;
  }

  /**
   * Replaces the snapshot with `bytes` (the state the journal now ends in), then empties the journal. A
   * failure leaves the old snapshot and the whole journal (nothing is lost) and is retried later.
   */
  private async compact(bytes: Buffer): Promise<unknown> {
    try {
      await writeFileAtomic(this.file, bytes, this.opts.beforeSync);
      this.snapshotBytes = bytes.length;
      this.opts.onCompactionStep?.('snapshot-renamed');
      if (this.journal) {
        await this.journal.truncate(0);
        await this.journal.datasync();
      }
      this.journalBytes = 0;
      this.compactRetryAt = 0;
      this.opts.onCompactionStep?.('journal-truncated');
      return null;
    } catch (err) {
      this.opts.onWriteError?.(err);
      this.compactRetryAt =
        this.journalBytes + (this.opts.compaction ?? DEFAULT_COMPACTION).minBytes;
      return err;
    }
  }

  /**
   * Undoes every change that is not durable, newest first, and rejects everyone waiting for one: later
   * transactions may have read an earlier one's change, so they cannot be kept without it.
   */
  private rollBackUndurable(err: unknown): void {
    for (const t of this.undurable.reverse()) {
      for (let i = t.undo.length - 1; i >= 0; i--) t.undo[i]();
      for (const c of t.touched) this.touched(c);
    }
    this.undurable = [];
    this.version = this.durable;
    const failed = this.waiters;
    this.waiters = [];
    for (const w of failed) w.reject(err);
  }

  /**
   * The whole file's bytes, assembled from cached pieces into one buffer that is reused by every write
   * (writes are serialized, so it is never overwritten while a write is in flight): a write encodes only the
   * records changed since the last one and allocates nothing big. (Concatenating the file into fresh
   * Buffers on every write allocated ~1 MB of off-heap memory per write; V8 answered that external-memory
   * growth with a full mark-compact of the whole heap — catalog index included — every few dozen writes,
   * which was the 30–60 ms tail of order submission.)
   */
  private documentBytes(): Buffer {
    const parts = this.documentParts();
    let size = 0;
    for (const b of parts) size += b.length;
    if (this.out.length < size)
      this.out = Buffer.allocUnsafeSlow(Math.max(size + (size >> 1), 64 * 1024));
    let off = 0;
    for (const b of parts) off += b.copy(this.out, off);
    return this.out.subarray(0, off);
  }

  private documentParts(): Buffer[] {
    const parts: Buffer[] = [OPEN];
    this.order.forEach((key, n) => {
      let pieces = this.texts.get(key);
      if (pieces === undefined) {
        pieces = this.collectionParts(key);
        this.texts.set(key, pieces);
      }
      parts.push(this.keyHead(key, n > 0));
      for (const b of pieces) parts.push(b);
    });
    parts.push(CLOSE);
    return parts;
  }

  /** `"key": ` (with the leading `,\n` for every key but the first), cached. */
  private keyHead(key: string, comma: boolean): Buffer {
    const k = `${comma ? 1 : 0}${key}`;
    let b = this.heads.get(k);
    if (b === undefined)
      this.heads.set(k, (b = Buffer.from(`${comma ? ',\n' : ''}${JSON.stringify(key)}: `, 'utf8')));
    return b;
  }

  private collectionParts(key: string): Buffer[] {
    const rows = this.all<Rec>(key);
    if (!rows.length) return [EMPTY];
    let cache = this.recTexts.get(key);
    if (!cache) this.recTexts.set(key, (cache = new Map()));
    const parts: Buffer[] = new Array(rows.length * 2 + 1);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      let b = cache.get(r.id);
      if (b === undefined) cache.set(r.id, (b = Buffer.from(JSON.stringify(r), 'utf8')));
      parts[2 * i] = i ? SEP : LIST_OPEN;
      parts[2 * i + 1] = b;
    }
    parts[rows.length * 2] = LIST_CLOSE;
    return parts;
  }

  /** Waits for any write in flight and closes the journal. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    await this.journal?.close();
    this.journal = null;
  }
}
