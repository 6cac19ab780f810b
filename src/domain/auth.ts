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

// Login policy (mock-api/README.md "Login policy"); every count is over a sliding window.
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Password checks one client address gets per email and window; then 429 RATE_LIMITED. */
export const LOGIN_MAX_FAILURES = 5;
/** Failed logins one client address gets per window over all emails; then 429 for every email. */
export const LOGIN_ADDRESS_MAX_FAILURES = 10;
/** An email with LOGIN_MAX_FAILURES failures is locked this long, doubling per further failure, at most the window. */
export const LOGIN_LOCK_MS = 60 * 1000;
/** An address where the email signed in within this time is familiar: the email's lock does not apply to it. */
export const LOGIN_FAMILIAR_MS = 30 * 24 * 60 * 60 * 1000;
/** Tokens expire after this long without use. */
export const TOKEN_IDLE_TTL_MS = 8 * 60 * 60 * 1000;
/** Tokens expire this long after the login, however often they are used. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export function hasAnyRole(
  user: Pick<User, 'roles'> | null | undefined,
  roles: readonly Role[],
): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}

/** A user as hr and admins see them (GET /api/users; never a secret). */
export interface UserDetail extends User {
  nameEn: string;
  employeeNo: string;
  phone: string;
  active: boolean;
  /** Cost centers an admin granted beyond the department's. */
  grantedCostCenterIds: string[];
}

/** POST /api/users: the invited user and their initial password, sent this once. */
export interface Invitation {
  user: UserDetail;
  initialPassword: string;
}
