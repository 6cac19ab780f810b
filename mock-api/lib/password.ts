// Salted password hashes with node:crypto scrypt. Stored as `scrypt$N$r$p$<salt b64>$<hash b64>`;
// never served by any route (see lib/sanitize.ts). One cost for every hash and a random salt per hash
// (mock-api/README.md "Login policy").
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The one cost of every stored hash (about 50 ms and 16 MiB per run). */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = { N: 16384, r: 8, p: 1 };

const KEY_LEN = 32;
const SALT_LEN = 16;
const MAXMEM = 64 * 1024 * 1024;

/** Derives a key; injectable (`AuthOptions.kdf`) so tests can count password checks and their cost. */
export type Kdf = (password: string, salt: Buffer, params: ScryptParams) => Promise<Buffer>;

export const scryptKdf: Kdf = (password, salt, { N, r, p }) =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LEN, { N, r, p, maxmem: MAXMEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );

/** A new hash with a random salt at the one cost. */
export function hashPassword(password: string): string {
  const { N, r, p } = SCRYPT_PARAMS;
  const salt = randomBytes(SALT_LEN);
  const hash = scryptSync(password.normalize('NFKC'), salt, KEY_LEN, { N, r, p, maxmem: MAXMEM });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** The same as `hashPassword` without blocking the event loop (a hash made while serving requests). */
export async function hashPasswordAsync(password: string): Promise<string> {
  const salt = randomBytes(SALT_LEN);
  const hash = await scryptKdf(password, salt, SCRYPT_PARAMS);
  const { N, r, p } = SCRYPT_PARAMS;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string | null | undefined): ParsedHash | undefined {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((x) => Number.isSafeInteger(x) && x > 0)) return undefined;
  return {
    params: { N, r, p },
    salt: Buffer.from(parts[4], 'base64'),
    hash: Buffer.from(parts[5], 'base64'),
  };
}

/** The parameters of a stored hash (undefined when it is not one). */
export function hashParams(stored: string | null | undefined): ScryptParams | undefined {
  return parse(stored)?.params;
}

const cheaperThanStandard = ({ N, r, p }: ScryptParams) =>
  N * r * p < SCRYPT_PARAMS.N * SCRYPT_PARAMS.r * SCRYPT_PARAMS.p;

/** Compared against when there is no usable hash (unknown email, no password set): the same work, always false. */
const DUMMY: ParsedHash = {
  params: SCRYPT_PARAMS,
  salt: randomBytes(SALT_LEN),
  hash: Buffer.alloc(KEY_LEN),
};

/**
 * True when `password` matches `stored`; compares in constant time. Every call derives at least one
 * key at the standard cost, whether the user exists, has a password or has an older, cheaper hash,
 * so the time of a failure does not tell which emails exist.
 */
export async function verifyPassword(
  password: string,
  stored: string | null | undefined,
  kdf: Kdf = scryptKdf,
): Promise<boolean> {
  const parsed = parse(stored);
  const target = parsed ?? DUMMY;
  const actual = await kdf(password, target.salt, target.params);
  if (parsed && cheaperThanStandard(parsed.params)) await kdf(password, DUMMY.salt, DUMMY.params);
  const same = actual.length === target.hash.length && timingSafeEqual(actual, target.hash);
  return parsed !== undefined && same;
}
