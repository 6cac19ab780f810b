// The store: the mutable data of DB_FILE in memory, changed only through `transact`, persisted
// atomically after every change before the change is acknowledged.
//
//   const order = await store.transact((tx) => { ...synchronous reads and writes...; return result; });
//
// - `fn` runs synchronously on the in-memory collections, so two requests can never interleave a
//   read-modify-write. If it throws (e.g. `fail('BUDGET_EXCEEDED', …)`) every change it made is undone.
// - The returned promise resolves once a file containing the change is durable (temp file + fsync +
//   rename + directory fsync). Changes that arrive while a write is in flight are grouped into the next
//   write (group commit), so throughput does not drop to one fsync per request.
// - Each collection's JSON text is cached and re-serialised only when a transaction touched it, so the
//   cost of a write does not grow with untouched collections; the catalog is not in this file at all.
// - Records are treated as immutable: change one by `tx.update(collection, {...old, field})`, never by
//   mutating the object returned by `get`/`all` (the undo log and the text cache rely on it).
// - If a write fails (disk full, permissions), the waiting requests are answered 500 but the change stays
//   in memory and is written with the next successful write; the file itself is never left half-written.
import { readFileSync } from 'node:fs';
import type { Tx } from '../domain/tx.ts';
import { serializeValue, writeFileAtomic } from './json-file.ts';

type Rec = { id: string };

// The bytes of the file format of lib/json-file.ts (serializeDocument), assembled from cached pieces.
const OPEN = Buffer.from('{\n');
const CLOSE = Buffer.from('\n}\n');
const EMPTY = Buffer.from('[]');
const LIST_OPEN = Buffer.from('[\n');
const SEP = Buffer.from(',\n');
const LIST_CLOSE = Buffer.from('\n]');

export interface StoreOptions {
  /** Called when a background write fails (the waiting requests are rejected as well). */
  onWriteError?: (err: unknown) => void;
}

export class Store {
  readonly file: string;
  /** Non-collection top-level values of the file (e.g. `meta`), kept verbatim. */
  readonly meta: Record<string, unknown> = {};
  private readonly order: string[] = [];
  private readonly cols = new Map<string, Map<string, Rec>>();
  private readonly arrays = new Map<string, Rec[]>();
  /** Each top-level value's bytes as written (`[\n<record>,\n<record>\n]` for collections). */
  private readonly texts = new Map<string, Buffer>();
  /** Per-record UTF-8 JSON, so re-serialising a touched collection only stringifies the changed records. */
  private readonly recTexts = new Map<string, Map<string, Buffer>>();
  private version = 0;
  private durable = 0;
  private writing: Promise<void> | null = null;
  private waiters: { version: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private readonly opts: StoreOptions;

  constructor(file: string, opts: StoreOptions = {}) {
    this.file = file;
    this.opts = opts;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(doc)) {
      this.order.push(key);
      if (Array.isArray(value)) {
        this.cols.set(key, new Map((value as Rec[]).map((r) => [r.id, r])));
        this.arrays.set(key, value as Rec[]);
      } else {
        this.meta[key] = value;
        this.texts.set(key, Buffer.from(serializeValue(value), 'utf8'));
      }
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
    const undo: (() => void)[] = [];
    const touched = new Set<string>();
    const tx: Tx = {
      all: <T>(c: string) => this.all<T>(c),
      get: <T>(c: string, id: string) => this.get<T>(c, id),
      insert: <T extends Rec>(c: string, record: T) => {
        const col = this.col(c);
        if (col.has(record.id)) throw new Error(`duplicate ${c}/${record.id}`);
        col.set(record.id, record);
        undo.push(() => col.delete(record.id));
        touched.add(c);
        this.touched(c, record.id);
      },
      update: <T extends Rec>(c: string, record: T) => {
        const col = this.col(c);
        const old = col.get(record.id);
        if (!old) throw new Error(`missing ${c}/${record.id}`);
        col.set(record.id, record);
        undo.push(() => col.set(record.id, old));
        touched.add(c);
        this.touched(c, record.id);
      },
      remove: (c: string, id: string) => {
        const col = this.col(c);
        const old = col.get(id);
        if (!old) return;
        col.delete(id);
        undo.push(() => col.set(id, old));
        touched.add(c);
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
    if (touched.size) this.version++;
    return this.whenDurable(this.version).then(() => result);
  }

  /** Resolves when every change up to `version` is on disk. */
  private whenDurable(version: number): Promise<void> {
    if (this.durable >= version) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ version, resolve, reject });
      this.kick();
    });
  }

  /** Forces a write of the current state (e.g. before shutdown) and waits for it. */
  flush(): Promise<void> {
    this.version++;
    return this.whenDurable(this.version);
  }

  private kick(): void {
    if (this.writing) return;
    this.writing = (async () => {
      while (this.durable < this.version) {
        const target = this.version;
        const text = this.documentText();
        try {
          await writeFileAtomic(this.file, text);
        } catch (err) {
          this.opts.onWriteError?.(err);
          const failed = this.waiters.filter((w) => w.version <= target);
          this.waiters = this.waiters.filter((w) => w.version > target);
          for (const w of failed) w.reject(err);
          break;
        }
        this.durable = target;
        const done = this.waiters.filter((w) => w.version <= target);
        this.waiters = this.waiters.filter((w) => w.version > target);
        for (const w of done) w.resolve();
      }
      this.writing = null;
      if (this.waiters.length) this.kick();
    })();
  }

  /** The whole file as bytes: cached bytes for untouched values, re-encoded bytes only for changed records. */
  private documentText(): Buffer {
    const parts: Buffer[] = [OPEN];
    this.order.forEach((key, n) => {
      let bytes = this.texts.get(key);
      if (bytes === undefined) {
        bytes = this.collectionBytes(key);
        this.texts.set(key, bytes);
      }
      parts.push(Buffer.from(`${n ? ',\n' : ''}${JSON.stringify(key)}: `, 'utf8'), bytes);
    });
    parts.push(CLOSE);
    return Buffer.concat(parts);
  }

  private collectionBytes(key: string): Buffer {
    const rows = this.all<Rec>(key);
    if (!rows.length) return EMPTY;
    let cache = this.recTexts.get(key);
    if (!cache) this.recTexts.set(key, (cache = new Map()));
    const parts: Buffer[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      let b = cache.get(r.id);
      if (b === undefined) cache.set(r.id, (b = Buffer.from(JSON.stringify(r), 'utf8')));
      parts.push(i ? SEP : LIST_OPEN, b);
    }
    parts.push(LIST_CLOSE);
    return Buffer.concat(parts);
  }

  /** Waits for any write in flight. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
  }
}
