import type { DeliveryAddress } from './order.ts';

/**
 * The address book the procurement checkout and the gift store share: each user's own addresses
 * (`personal`) and the company's (`company`, kept by an admin: the office, the warehouse).
 */
export type AddressScope = 'personal' | 'company';

export interface Address extends DeliveryAddress {
  id: string;
  scope: AddressScope;
  companyId: string;
  /** The owner of a personal address (a company address has none). */
  userId?: string;
  /** A short name ("家", "Office"). */
  label?: string;
  /** One default per user among their own, and one among the company's. */
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Saved delivery addresses per user. */
export const MAX_SAVED_ADDRESSES = 10;
/** Company-wide addresses of one company. */
export const MAX_COMPANY_ADDRESSES = 30;

/** The address a checkout starts with: the user's default, else the company's default, else none. */
export function defaultAddress<A extends Pick<Address, 'scope' | 'isDefault'>>(
  book: readonly A[],
): A | null {
  return (
    book.find((a) => a.scope === 'personal' && a.isDefault) ??
    book.find((a) => a.scope === 'company' && a.isDefault) ??
    null
  );
}

/** What an order or a redemption keeps of an address: its fields as they were then. */
export function addressSnapshot(a: DeliveryAddress): DeliveryAddress {
  return { recipient: a.recipient, phone: a.phone, address: a.address };
}
