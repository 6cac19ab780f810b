import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { I18n } from '../../../core/i18n/i18n';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { BUDGETS_I18N } from '../budgets.i18n';
import { BudgetDetailPageActions } from '../data/budgets.actions';
import { initialBudgetsState } from '../data/budgets.feature';
import { BudgetsApi } from '../data/budgets-api';
import { BudgetDetailPage } from './budget-detail-page';

describe('BudgetDetailPage in the router', () => {
  it('loads the budget of the route, and the next one when only the id changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'budgets/:id', component: BudgetDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({ initialState: { budgets: initialBudgetsState } }),
        provideSignedIn({
          id: 'u-hr',
          name: '王人力',
          email: 'hr@c1.example',
          roles: ['hr'],
          companyId: 'c1',
          departmentId: 'd1',
        }),
        provideReferenceData(),
        { provide: BudgetsApi, useValue: {} },
      ],
    });
    TestBed.inject(I18n).register(BUDGETS_I18N);
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    const first = await harness.navigateByUrl('/budgets/b1', BudgetDetailPage);
    expect(dispatch.calls.allArgs()).toEqual([[BudgetDetailPageActions.opened({ id: 'b1' })]]);

    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/budgets/b2', BudgetDetailPage);
    expect(second).toBe(first);
    expect(dispatch.calls.allArgs()).toEqual([[BudgetDetailPageActions.opened({ id: 'b2' })]]);
  });
});
