import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { initialGiftStoreState } from '../data/gift-store.feature';
import { ledgerEntry, pointsLot } from '../data/test-data.spec-util';
import { WELFARE_I18N } from '../welfare.i18n';
import { WalletPage } from './wallet-page';

describe('WalletPage', () => {
  async function render(lang: 'zh-CN' | 'en') {
    TestBed.configureTestingModule({
      imports: [WalletPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            welfareStore: {
              ...initialGiftStoreState,
              account: { balance: 10500, expiringSoon: [] },
              lots: [pointsLot('lot-1', 12000, 10500)],
              ledger: [ledgerEntry('r-1', -1500, 10500), ledgerEntry('g-1', 12000, 12000)],
              ledgerTotal: 2,
            },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(WELFARE_I18N);
    TestBed.inject(I18n).use(lang);
    const fixture = TestBed.createComponent(WalletPage);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => TestBed.inject(I18n).use('zh-CN'));

  it('writes the lots and the ledger as the balance above them is written', async () => {
    for (const [lang, lotText, after] of [
      ['zh-CN', '剩余 10,500 / 12,000', '余额 10,500'],
      ['en', '10,500 of 12,000 left', 'Balance 10,500'],
    ] as const) {
      TestBed.resetTestingModule();
      const root = await render(lang);
      const text = (selector: string) =>
        Array.from(root.querySelectorAll(selector)).map((e) =>
          e.textContent!.replace(/\s+/g, ' ').trim(),
        );
      expect(text('[data-testid=points-summary] .points__value')).toEqual(['10,500']);
      expect(text('.lot strong')).toEqual([lotText]);
      expect(text('.entry__numbers strong')).toEqual(['-1,500', '+12,000']);
      expect(text('.entry__numbers .muted')[0]).toBe(after);
    }
  });
});
