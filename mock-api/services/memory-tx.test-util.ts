// An in-memory Tx for service tests: collections of plain records keyed by id.
import type { Tx } from './tx.ts';

export class MemoryTx implements Tx {
  readonly data = new Map<string, Map<string, { id: string }>>();

  constructor(seed: Record<string, { id: string }[]> = {}) {
    for (const [name, rows] of Object.entries(seed))
      this.data.set(name, new Map(rows.map((r) => [r.id, structuredClone(r)])));
  }

  private col(name: string): Map<string, { id: string }> {
    let c = this.data.get(name);
    if (!c) this.data.set(name, (c = new Map()));
    return c;
  }

  all<T>(collection: string): readonly T[] {
    return [...this.col(collection).values()] as T[];
  }
  get<T>(collection: string, id: string): T | undefined {
    return this.col(collection).get(id) as T | undefined;
  }
  insert<T extends { id: string }>(collection: string, record: T): void {
    if (this.col(collection).has(record.id))
      throw new Error(`duplicate ${collection}/${record.id}`);
    this.col(collection).set(record.id, record);
  }
  update<T extends { id: string }>(collection: string, record: T): void {
    if (!this.col(collection).has(record.id)) throw new Error(`missing ${collection}/${record.id}`);
    this.col(collection).set(record.id, record);
  }
  remove(collection: string, id: string): void {
    this.col(collection).delete(id);
  }
}
