import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { ADMIN_I18N } from '../admin.i18n';
import { ApprovalRulesApiActions, ApprovalRulesPageActions } from '../data/approval-rules.actions';
import {
  approvalRulesFeature,
  initialApprovalRulesState,
  type ApprovalRulesState,
} from '../data/approval-rules.feature';
import { ApprovalRulesPage } from './approval-rules-page';

const loaded: Partial<ApprovalRulesState> = {
  rules: {
    id: 'c1',
    categories: [
      {
        categoryId: 'cat-IN',
        approvalThresholdFen: 200_000,
        secondApprovalThresholdFen: 1_000_000,
      },
    ],
    pools: { level1: [], level2: ['u-hr2'] },
    version: 3,
  },
  approvers: [
    { id: 'u-hr', name: '林晓雯', nameEn: 'Lin Xiaowen', email: 'hr@c1.example' },
    { id: 'u-hr2', name: '郑思远', nameEn: 'Zheng Siyuan', email: 'hr2@c1.example' },
  ],
  categories: [
    { id: 'cat-IN', name: '工业品', nameEn: 'Industrial', parentId: null },
    { id: 'cat-OF', name: '办公', nameEn: 'Office', parentId: null },
  ],
};

describe('ApprovalRulesPage', () => {
  let fixture: ComponentFixture<ApprovalRulesPage>;
  let store: MockStore;

  function setup(state: Partial<ApprovalRulesState>): void {
    TestBed.configureTestingModule({
      imports: [ApprovalRulesPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { adminApprovalRules: { ...initialApprovalRulesState, ...state } },
        }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(ADMIN_I18N);
    i18n.lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ApprovalRulesPage);
    fixture.detectChanges();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const submit = () => (el().querySelector('button[type=submit]') as HTMLButtonElement).click();

  it('shows the rules as loaded and saves them back in fen on the version read', () => {
    setup(loaded);
    expect(store.dispatch).toHaveBeenCalledWith(ApprovalRulesPageActions.opened());
    expect(el().querySelectorAll('[data-testid=category-rule]').length).toBe(1);
    submit();
    expect(store.dispatch).toHaveBeenCalledWith(
      ApprovalRulesPageActions.saveRequested({
        command: {
          categories: [
            {
              categoryId: 'cat-IN',
              approvalThresholdFen: 200_000,
              secondApprovalThresholdFen: 1_000_000,
            },
          ],
          pools: { level1: [], level2: ['u-hr2'] },
          version: 3,
        },
      }),
    );
  });

  it('does not save a category whose second threshold is not above the first', () => {
    setup(loaded);
    const form = (
      fixture.componentInstance as unknown as {
        form: { controls: { categories: { at(i: number): { patchValue(v: unknown): void } } } };
      }
    ).form;
    form.controls.categories.at(0).patchValue({ first: 5000, second: 100 });
    fixture.detectChanges();
    submit();
    fixture.detectChanges();
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: ApprovalRulesPageActions.saveRequested.type }),
    );
    expect(el().textContent).toContain('二级审批阈值必须高于审批阈值');
  });

  it('explains a conflict (the rules were reloaded)', () => {
    setup({
      ...loaded,
      saveError: { status: 409, code: 'VERSION_CONFLICT', detail: 'changed' },
    });
    expect(el().querySelector('[role=alert]')?.textContent).toContain('审批规则已被他人修改');
  });
});

describe('approval rules feature', () => {
  it('keeps a failed save for the page, and the new version once saved', () => {
    const reduce = approvalRulesFeature.reducer;
    const error = { status: 409, code: 'VERSION_CONFLICT', detail: '' };
    let s = reduce(initialApprovalRulesState, ApprovalRulesApiActions.saveFailed({ error }));
    expect(s.saveError).toEqual(error);
    s = reduce(s, ApprovalRulesPageActions.saveRequested({ command: {} as never }));
    expect([s.saving, s.saveError]).toEqual([true, null]);
    s = reduce(s, ApprovalRulesApiActions.saved({ rules: loaded.rules! }));
    expect([s.saving, s.saved, s.rules?.version]).toEqual([false, true, 3]);
  });
});
