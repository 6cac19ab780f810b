// Fields that are never served, whatever the route (password hashes, salts, stored token digests, …); the login answer's own `token` is the one token ever sent.
// `publicUser` is the one projection of a user record the API answers with; `stripSecrets` is the safety
// net applied to every JSON answer (including json-server's) by the response guard in server.ts.

const SECRET = /^(password|passwordHash|salt|tokenHash|secret|hash)$/i;

export function stripSecrets<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const v of value) stripSecrets(v);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (SECRET.test(key)) delete (value as Record<string, unknown>)[key];
      else stripSecrets((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/** True when a value holds any secret field (used by the guard to avoid mutating shared records). */
export function hasSecrets(value: unknown, depth = 0): boolean {
  if (depth > 6) return false;
  if (Array.isArray(value)) return value.some((v) => hasSecrets(v, depth + 1));
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      if (SECRET.test(k) || hasSecrets(v, depth + 1)) return true;
  }
  return false;
}

export interface PublicUser {
  id: string;
  name: string;
  nameEn: string;
  email: string;
  roles: string[];
  companyId: string;
  departmentId: string;
}

export function publicUser(u: {
  id: string;
  name: string;
  nameEn?: string;
  email: string;
  roles: string[];
  companyId: string;
  departmentId: string;
}): PublicUser {
  return {
    id: u.id,
    name: u.name,
    nameEn: u.nameEn ?? u.name,
    email: u.email,
    roles: [...u.roles],
    companyId: u.companyId,
    departmentId: u.departmentId,
  };
}
