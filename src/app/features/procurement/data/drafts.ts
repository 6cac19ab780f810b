import { Injectable, inject, signal } from '@angular/core';
import type { Product } from '../../../../domain/index.ts';
import { AuthSession } from '../../../core/auth/auth-session';
import type { CheckedLine, ImportDraft, ImportProduct } from '../import/import-rules';
import type { DeliveryAddress } from './procurement.model';

export interface QuickRowDraft {
  id: number;
  sku: string;
  qtyText: string;
}

/**
 * Work in progress of the pages that are not server state (the quick-order grid, an import being
 * fixed), kept for the session so leaving a page and coming back loses nothing, and dropped when the
 * user signs out (the next user of the tab must not see it).
 */
@Injectable({ providedIn: 'root' })
export class ProcurementDrafts {
  constructor() {
    inject(AuthSession).onSignOut(() => this.clear());
  }

  readonly quickRows = signal<QuickRowDraft[] | null>(null);
  readonly quickProducts = signal<ReadonlyMap<string, Product | null>>(new Map());

  readonly importText = signal('');
  readonly importDrafts = signal<ImportDraft[]>([]);
  readonly importIndex = signal<Map<string, ImportProduct>>(new Map());
  readonly importLines = signal<CheckedLine[]>([]);
  readonly importProblemsOnly = signal(false);
  readonly importPage = signal(0);

  clear(): void {
    this.quickRows.set(null);
    this.quickProducts.set(new Map());
    this.importText.set('');
    this.importDrafts.set([]);
    this.importIndex.set(new Map());
    this.importLines.set([]);
    this.importProblemsOnly.set(false);
    this.importPage.set(0);
  }
}

const ADDRESS_KEY = 'portal.procurement.address';

/** The last delivery address a buyer used on this browser, so the next checkout starts filled in. */
export function savedAddress(userId: string | undefined): DeliveryAddress | null {
  if (!userId) return null;
  try {
    const all = JSON.parse(localStorage.getItem(ADDRESS_KEY) ?? '{}') as Record<
      string,
      DeliveryAddress
    >;
    const a = all[userId];
    return a &&
      typeof a.recipient === 'string' &&
      typeof a.phone === 'string' &&
      typeof a.address === 'string'
      ? a
      : null;
  } catch {
    return null;
  }
}

export function saveAddress(userId: string | undefined, address: DeliveryAddress): void {
  if (!userId) return;
  try {
    const all = JSON.parse(localStorage.getItem(ADDRESS_KEY) ?? '{}') as Record<
      string,
      DeliveryAddress
    >;
    all[userId] = address;
    localStorage.setItem(ADDRESS_KEY, JSON.stringify(all));
  } catch {
    // storage unavailable: the address is kept in the store for this visit only
  }
}
