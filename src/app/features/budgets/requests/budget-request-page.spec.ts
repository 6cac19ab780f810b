import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { BUDGETS_I18N } from '../budgets.i18n';
import { BudgetRequestPageActions } from '../data/budgets.actions';
import { budgetsAdapter, initialBudgetsState, type BudgetsState } from '../data/budgets.feature';
import { BudgetRequestPage } from './budget-request-page';

const BUDGET = {
  id: 'b1',
  companyId: 'c1',
  costCenterId: 'cc1',
  category: 'procurement' as const,
  period: '2026',
  amountFen: 1000,
  committedFen: 0,
  spentFen: 0,
  availableFen: 1000,
  version: 1,
};

describe('BudgetRequestPage', () => {
  let fixture: ComponentFixture<BudgetRequestPage>;
  let store: MockStore;
  const state = (over: Partial<BudgetsState> = {}) => ({
    budgets: { ...budgetsAdapter.setAll([BUDGET], initialBudgetsState), loaded: true, ...over },
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [BudgetRequestPage],
      providers: [provideRouter([]), provideMockStore({ initialState: state() })],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(BUDGETS_I18N);
    i18n.lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(BudgetRequestPage);
    fixture.componentRef.setInput('budgetId', 'b1');
    fixture.componentRef.setInput('deltaFen', '40285720');
    fixture.detectChanges();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const submit = () => {
    el().querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    fixture.detectChanges();
  };

  it('prefills from the query and sends the amount in fen with the trimmed reason', () => {
    // Money in an input always has two decimals (not "402857.2").
    expect(el().querySelector<HTMLInputElement>('input[type=number]')!.value).toBe('402857.20');
    const reason = el().querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = '  新产线  ';
    reason.dispatchEvent(new Event('input'));
    submit();
    expect(store.dispatch).toHaveBeenCalledWith(
      BudgetRequestPageActions.submitted({
        command: { budgetId: 'b1', deltaFen: 40285720, reason: '新产线' },
      }),
    );
  });

  it('shows a typed amount with two decimals once the field is left', () => {
    const amount = el().querySelector<HTMLInputElement>('input[type=number]')!;
    amount.value = '12.5';
    amount.dispatchEvent(new Event('input'));
    amount.dispatchEvent(new Event('blur'));
    fixture.detectChanges();
    expect(amount.value).toBe('12.50');
  });

  it('does not submit a blank reason or a non-positive amount, and says why on the fields', () => {
    const amount = el().querySelector<HTMLInputElement>('input[type=number]')!;
    amount.value = '0';
    amount.dispatchEvent(new Event('input'));
    submit();
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: BudgetRequestPageActions.submitted.type }),
    );
    expect(el().textContent).toContain('请输入大于 0 的金额');
    expect(el().textContent).toContain('必填');
  });

  it('shows the field errors of the API problem on their fields', () => {
    store.setState(
      state({
        request: {
          submitting: false,
          created: null,
          error: {
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'bad',
            errors: [{ path: 'deltaFen', message: 'Too large for this budget' }],
          },
        },
      }),
    );
    fixture.detectChanges();
    expect(el().querySelector('mat-error')?.textContent).toContain('Too large for this budget');
  });
});

describe('BudgetRequestPage in the router', () => {
  it('prefills from the query parameters, and again when they change on the same page', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'budgets/requests/new', component: BudgetRequestPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            budgets: { ...budgetsAdapter.setAll([BUDGET], initialBudgetsState), loaded: true },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(BUDGETS_I18N);
    const harness = await RouterTestingHarness.create();
    const amount = () =>
      harness.routeNativeElement!.querySelector<HTMLInputElement>('input[type=number]')!.value;
    const first = await harness.navigateByUrl(
      '/budgets/requests/new?budgetId=b1&deltaFen=100',
      BudgetRequestPage,
    );
    expect(amount()).toBe('1.00');
    const second = await harness.navigateByUrl(
      '/budgets/requests/new?budgetId=b1&deltaFen=250',
      BudgetRequestPage,
    );
    expect(second).toBe(first);
    expect(amount()).toBe('2.50');
  });
});
