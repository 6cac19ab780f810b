import { Injectable, OnDestroy } from '@angular/core';
import type { CheckedLine, ImportDraft, ImportProduct } from './import-rules';
import type { ImportRequest, ImportResponse } from './import-protocol';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
import { checkInChunks, parseText, parseXlsx } from './import-work';

type Pending = {
  resolve: (r: ImportResponse) => void;
  onProgress?: (done: number, total: number) => void;
};

/** Runs the import work in a Web Worker (or, without one, on the main thread in chunks). */
@Injectable()
export class ImportEngine implements OnDestroy {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  private getWorker(): Worker | null {
    if (this.worker || typeof Worker === 'undefined') return this.worker;
    try {
      this.worker = new Worker(new URL('./import.worker', import.meta.url), { type: 'module' });
      this.worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
        const p = this.pending.get(data.id);
        if (!p) return;
        if (data.type === 'progress') p.onProgress?.(data.done, data.total);
        else {
          this.pending.delete(data.id);
          p.resolve(data);
        }
      };
      this.worker.onerror = () => {
        for (const [id, p] of this.pending)
          p.resolve({ id, type: 'error', message: 'WORKER_FAILED' });
        this.pending.clear();
      };
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private request(
    msg: DistributiveOmit<ImportRequest, 'id'>,
    onProgress?: Pending['onProgress'],
    transfer: Transferable[] = [],
  ): Promise<ImportResponse> | null {
    const worker = this.getWorker();
    if (!worker) return null;
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      worker.postMessage({ ...msg, id } as ImportRequest, transfer);
    });
  }

  async parseText(text: string): Promise<ImportDraft[]> {
    const r = await this.request({ type: 'parseText', text });
    if (!r) return parseText(text);
    if (r.type === 'parsed') return r.drafts;
    throw new Error(r.type === 'error' ? r.message : 'UNEXPECTED');
  }

  async parseXlsx(data: ArrayBuffer): Promise<ImportDraft[]> {
    const r = await this.request({ type: 'parseXlsx', data }, undefined, [data]);
    if (!r) return parseXlsx(data);
    if (r.type === 'parsed') return r.drafts;
    throw new Error(r.type === 'error' ? r.message : 'UNEXPECTED');
  }

  async check(
    drafts: ImportDraft[],
    products: ImportProduct[],
    onProgress: (done: number, total: number) => void,
  ): Promise<CheckedLine[]> {
    const r = await this.request({ type: 'check', drafts, products }, onProgress);
    if (!r) return checkInChunks(drafts, products, onProgress);
    if (r.type === 'checked') return r.lines;
    throw new Error(r.type === 'error' ? r.message : 'UNEXPECTED');
  }

  ngOnDestroy(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
