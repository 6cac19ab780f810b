import type { User } from '../../../domain/index.ts';

/**
 * The session survives a reload and is shared by the tabs of one browser (localStorage); it is
 * validated with GET /api/me at every start and dropped on logout or expiry.
 */
const STORAGE_KEY = 'portal.auth';

export interface PersistedSession {
  token: string;
  user: User;
}

export function readSession(): PersistedSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<PersistedSession>;
    if (typeof value.token === 'string' && value.user && Array.isArray(value.user.roles)) {
      return { token: value.token, user: value.user };
    }
  } catch {
    // unreadable or unavailable storage: start signed out
  }
  return null;
}

export function writeSession(session: PersistedSession): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // storage unavailable: the session then lasts for this page only
  }
}

export function clearSession(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
