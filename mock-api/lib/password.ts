// Salted password hashes with node:crypto scrypt. Stored as `scrypt$N$r$p$<salt b64>$<hash b64>`;
// never served by any route (see lib/sanitize.ts).
import { scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LEN = 32;

/** The cost of the demo accounts; generated employees use a lower cost so 400 users seed in about a second. */
export const DEMO_SCRYPT_N = 16384;
export const BULK_SCRYPT_N = 1024;

export function hashPassword(password: string, salt: Buffer, n = DEMO_SCRYPT_N): string {
  const r = 8;
  const p = 1;
  const hash = scryptSync(password.normalize('NFKC'), salt, KEY_LEN, {
    N: n,
    r,
    p,
    maxmem: 64 * 1024 * 1024,
  });
  return `scrypt$${n}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

function scryptAsync(
  password: string,
  salt: Buffer,
  n: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LEN,
      { N: n, r, p, maxmem: 64 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

/** A fixed hash compared against when the email is unknown, so both failures cost the same time. */
const DUMMY = hashPassword('dummy-password', Buffer.alloc(16, 7));

/** True when `password` matches `stored`; compares in constant time. `stored` undefined → verifies a dummy, returns false. */
export async function verifyPassword(
  password: string,
  stored: string | undefined,
): Promise<boolean> {
  const parts = (stored ?? DUMMY).split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(
    password,
    Buffer.from(salt, 'base64'),
    Number(n),
    Number(r),
    Number(p),
  );
  const same = actual.length === expected.length && timingSafeEqual(actual, expected);
  return stored !== undefined && same;
}
