export const ROLES = ['admin', 'hr', 'buyer', 'employee'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  companyId: string;
  departmentId: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  token: string;
  user: User;
}

/** Failed logins per email that are tolerated within the window before 429 RATE_LIMITED. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Tokens expire after this long without use. */
export const TOKEN_IDLE_TTL_MS = 8 * 60 * 60 * 1000;

export function hasAnyRole(
  user: Pick<User, 'roles'> | null | undefined,
  roles: readonly Role[],
): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
