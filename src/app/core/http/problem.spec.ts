import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import type { Problem } from '../../../domain/index.ts';
import { applyProblemToForm, errorMessage, fieldErrors, problemOf } from './problem';

const problem: Problem = {
  type: 'about:blank',
  title: 'Validation failed',
  status: 400,
  detail: 'There are problems',
  code: 'VALIDATION_FAILED',
  errors: [
    { path: 'deliveryAddress.phone', message: 'invalid phone' },
    { path: 'lines.1.qty', message: 'must be a multiple of 12' },
    { path: 'note.extra', message: 'unknown field' },
  ],
};

describe('problem helpers', () => {
  it('finds the problem in an HTTP error', () => {
    expect(problemOf(new HttpErrorResponse({ status: 400, error: problem }))).toBe(problem);
    expect(problemOf(new HttpErrorResponse({ status: 500, error: 'oops' }))).toBeNull();
  });

  it('lists field errors by path', () => {
    expect(fieldErrors(problem)).toEqual({
      'deliveryAddress.phone': 'invalid phone',
      'lines.1.qty': 'must be a multiple of 12',
      'note.extra': 'unknown field',
    });
    expect(fieldErrors(null)).toEqual({});
  });

  it('puts field errors on the matching controls and returns the rest', () => {
    const form = new FormGroup({
      deliveryAddress: new FormGroup({ phone: new FormControl('1') }),
      lines: new FormArray([
        new FormGroup({ qty: new FormControl(1) }),
        new FormGroup({ qty: new FormControl(5) }),
      ]),
      note: new FormControl(''),
    });
    const rest = applyProblemToForm(form, problem);
    expect(form.get('deliveryAddress.phone')?.errors).toEqual({ server: 'invalid phone' });
    expect(form.get(['lines', 1, 'qty'])?.errors).toEqual({ server: 'must be a multiple of 12' });
    expect(form.get(['lines', 1, 'qty'])?.touched).toBeTrue();
    expect(form.get(['lines', 0, 'qty'])?.errors).toBeNull();
    expect(rest).toEqual([{ path: 'note.extra', message: 'unknown field' }]);
  });

  it('words errors for people', () => {
    const i18n = {
      has: (k: string) => k === 'error.VALIDATION_FAILED',
      t: (k: string) => `T:${k}`,
    };
    expect(errorMessage(new HttpErrorResponse({ status: 400, error: problem }), i18n)).toBe(
      'T:error.VALIDATION_FAILED',
    );
    expect(
      errorMessage(new HttpErrorResponse({ status: 409, error: { ...problem, code: 'X' } }), i18n),
    ).toBe('There are problems');
    expect(errorMessage(new HttpErrorResponse({ status: 0 }), i18n)).toBe('T:error.network');
    expect(errorMessage(new HttpErrorResponse({ status: 503 }), i18n)).toBe('T:error.server');
  });
});
