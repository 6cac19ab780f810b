import type { ValidatorFn } from '@angular/forms';
import { isChineseMobile } from '../../domain/order.ts';

/**
 * A mainland mobile number, as the API checks it (src/domain/order.ts: 11 digits, `1[3-9]…`; spaces and
 * dashes between digits accepted, the form sends `normalizePhone(value)`). The error is `{ pattern: true }`.
 */
export const mobilePhone: ValidatorFn = (c) =>
  !c.value || isChineseMobile(String(c.value)) ? null : { pattern: true };
