// Domain types and rules shared by the app and the mock API: plain TypeScript, no Angular.
export * from './money.ts';
export * from './problem.ts';
export * from './auth.ts';
export * from './company.ts';
export * from './catalog.ts';
export * from './cart.ts';
export * from './budget.ts';
export * from './order.ts';
export * from './approval.ts';
export * from './notification.ts';
export * from './travel-policy.ts';
export * from './welfare.ts';
export * from './units.ts';
export * from './travel.ts';
export * from './tax.ts';
export * from './invoice.ts';
export * from './need-by.ts';
