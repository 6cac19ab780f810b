import type { Role } from '../../../domain/index.ts';

/** The seed's demo accounts (README.md, Demo accounts), offered on the login page for testers. */
export interface DemoAccount {
  email: string;
  role: Role;
  companyId: 'c1' | 'c2';
}

export const DEMO_PASSWORD = 'Passw0rd!';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@c1.example', role: 'admin', companyId: 'c1' },
  { email: 'hr@c1.example', role: 'hr', companyId: 'c1' },
  { email: 'hr2@c1.example', role: 'hr', companyId: 'c1' },
  { email: 'buyer@c1.example', role: 'buyer', companyId: 'c1' },
  { email: 'employee@c1.example', role: 'employee', companyId: 'c1' },
  { email: 'hr@c2.example', role: 'hr', companyId: 'c2' },
  { email: 'hr2@c2.example', role: 'hr', companyId: 'c2' },
  { email: 'buyer@c2.example', role: 'buyer', companyId: 'c2' },
  { email: 'employee@c2.example', role: 'employee', companyId: 'c2' },
];
