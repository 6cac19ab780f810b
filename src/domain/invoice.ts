// Invoices (发票) on orders and the company's invoice details: types and the check of a unified social
// credit code (统一社会信用代码, GB 32100-2015), shared by the app's forms and the mock API.

/** 增值税专用发票 (special: the buyer deducts its input VAT) or 普通发票 (normal). */
export const INVOICE_TYPES = ['special', 'normal'] as const;
export type InvoiceType = (typeof INVOICE_TYPES)[number];

/** What an order's invoice is made out to (kept on the order as it was at checkout). */
export interface InvoiceDetails {
  type: InvoiceType;
  /** 发票抬头: the buyer company's registered name. */
  title: string;
  /** 纳税人识别号: the buyer's unified social credit code. */
  taxNumber: string;
}

/** The company's invoice title and tax number (GET /api/companies/current), changed by an admin. */
export interface CompanyInvoiceProfile {
  title: string;
  taxNumber: string;
  /** Raised by every change; a change must name the version it was made on (else 409). */
  version: number;
}

/** GB 32100-2015's 31 characters (no I, O, Z, S, V), in the order of their values 0–30. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** The weights of the first 17 characters. */
export const USCC_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;
export const USCC_LENGTH = 18;

/** The check character for the first 17 characters of a code, or null when one is not in the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export type UsccProblem = 'length' | 'alphabet' | 'check';

/** Why a code is not a valid unified social credit code, or null when it is (upper case, no spaces). */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== USCC_LENGTH) return 'length';
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return 'alphabet';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** What people type, as the code is written: without spaces, upper case. */
export function normalizeUscc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
