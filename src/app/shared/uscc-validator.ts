import type { ValidatorFn } from '@angular/forms';
import { normalizeUscc, usccProblem } from '../../domain/index.ts';

/**
 * A unified social credit code with its check character, as the API checks it (src/domain/invoice.ts).
 * Spaces and lower case are accepted here: the form sends `normalizeUscc(value)`. The error is
 * `{ uscc: 'length' | 'alphabet' | 'check' }`.
 */
export const usccCode: ValidatorFn = (c) => {
  const problem = c.value ? usccProblem(normalizeUscc(String(c.value))) : null;
  return problem ? { uscc: problem } : null;
};
