import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Company } from '../../../../domain/index.ts';
import { I18n } from '../../../core/i18n/i18n';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { ADMIN_I18N } from '../admin.i18n';
import { CompanySettingsPageActions } from '../data/admin.actions';
import { adminFeature, initialAdminState, type AdminState } from '../data/admin.feature';
import { CompanySettingsPage } from './company-settings-page';

const COMPANY: Company = {
  id: 'c1',
  name: '华东精工',
  nameEn: 'East',
  settings: {
    approvalThresholdFen: 500_000,
    secondApprovalThresholdFen: 5_000_000,
    pointValueFen: 100,
  },
  invoice: { title: '华东精工制造有限公司', taxNumber: '91350100M000100Y43', version: 1 },
};

describe('CompanySettingsPage', () => {
  let fixture: ComponentFixture<CompanySettingsPage>;
  let store: MockStore;

  function setup(state: Partial<AdminState> = {}): void {
    TestBed.configureTestingModule({
      imports: [CompanySettingsPage],
      providers: [
        provideMockStore({ initialState: { admin: { ...initialAdminState, ...state } } }),
        provideReferenceData({ company: COMPANY }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(ADMIN_I18N);
    i18n.lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(CompanySettingsPage);
    fixture.detectChanges();
  }

  const input = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
  const type = (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const submit = () =>
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('button[type=submit]')!
      .click();
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('shows the saved settings in yuan and sends only the changed field in fen', () => {
    setup();
    expect(input('approvalThreshold').value).toBe('5000');
    type('approvalThreshold', '6000');
    fixture.detectChanges();
    submit();
    expect(store.dispatch).toHaveBeenCalledWith(
      CompanySettingsPageActions.saveRequested({ patch: { approvalThresholdFen: 600_000 } }),
    );
  });

  it('offers to discard only after an edit, and then counts as unsaved', () => {
    setup();
    const discard = () =>
      [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find((b) =>
        b.textContent?.includes('放弃修改'),
      )!;
    expect(discard().disabled).toBeTrue();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    type('approvalThreshold', '6000');
    fixture.detectChanges();
    expect(discard().disabled).toBeFalse();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
  });

  it('does not save when the second threshold is not above the first, and says so on the field', () => {
    setup();
    type('secondApprovalThreshold', '4000');
    fixture.detectChanges();
    submit();
    fixture.detectChanges();
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: CompanySettingsPageActions.saveRequested.type }),
    );
    expect(text()).toContain('二级审批阈值必须高于审批阈值');
  });

  it('puts the API field errors on their fields', () => {
    setup();
    type('pointValue', '2');
    fixture.detectChanges();
    store.setState({
      admin: {
        ...initialAdminState,
        saveError: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'invalid',
          errors: [{ path: 'pointValueFen', message: 'Must be a positive integer number of fen' }],
        },
      },
    });
    fixture.detectChanges();
    expect(text()).toContain('Must be a positive integer number of fen');
    expect(adminFeature.selectSaving({ admin: initialAdminState })).toBeFalse();
  });

  it('the invoice details: prefilled, a bad code said inline, saved on the version read', () => {
    setup();
    expect(input('invoiceTitle').value).toBe('华东精工制造有限公司');
    expect(input('invoiceTaxNumber').value).toBe('91350100M000100Y43');
    const saveInvoice = () =>
      [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')]
        .find((b) => b.textContent?.includes('保存开票信息'))!
        .click();
    type('invoiceTaxNumber', '91350100M000100Y44');
    fixture.detectChanges();
    saveInvoice();
    fixture.detectChanges();
    expect(text()).toContain('校验位不符');
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: CompanySettingsPageActions.invoiceSaveRequested.type }),
    );
    type('invoiceTaxNumber', '9111 0108 5513 8508 2q');
    type('invoiceTitle', ' 华东精工 ');
    fixture.detectChanges();
    saveInvoice();
    expect(store.dispatch).toHaveBeenCalledWith(
      CompanySettingsPageActions.invoiceSaveRequested({
        command: { title: '华东精工', taxNumber: '91110108551385082Q', version: 1 },
      }),
    );
  });

  it('the invoice details: a conflict says so', () => {
    setup({
      invoiceSaveError: { status: 409, code: 'VERSION_CONFLICT', detail: 'changed' },
    });
    expect(text()).toContain('开票信息已被他人修改');
  });
});
