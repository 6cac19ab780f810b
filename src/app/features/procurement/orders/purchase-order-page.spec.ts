import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Supplier } from '../../../../domain/index.ts';
import { coreTranslations } from '../../../core/i18n/core.i18n';
import { I18n } from '../../../core/i18n/i18n';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { initialCatalogState } from '../data/catalog.feature';
import { PurchaseOrderPageActions } from '../data/orders.actions';
import { initialOrdersState } from '../data/orders.feature';
import type { PricedOrderLine } from '../data/procurement.model';
import { order } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { PurchaseOrderPage, purchaseOrderOf } from './purchase-order-page';

const at = '2026-03-01T10:00:00Z';
const line = (productId: string, supplierId: string, lineTotalFen: number): PricedOrderLine => ({
  productId,
  qty: 1,
  unitPriceFen: lineTotalFen,
  lineTotalFen,
  supplierId,
  vatRate: 13,
  netFen: lineTotalFen - Math.round((lineTotalFen * 13) / 113),
  vatFen: Math.round((lineTotalFen * 13) / 113),
  sku: `SKU-${productId}`,
  name: `商品${productId}`,
  nameEn: `Product ${productId}`,
  unit: '个',
});
const lenovo: Supplier = {
  id: 's01',
  name: '联想（北京）有限公司',
  nameEn: 'Lenovo (Beijing) Ltd.',
  rating: 4.8,
  contractNo: 'HT-2024-2371',
};

describe('purchaseOrderOf', () => {
  it('groups the lines by supplier in order of appearance, with subtotals', () => {
    const po = purchaseOrderOf(
      { lines: [line('a', 's01', 100), line('b', 's02', 50), line('c', 's01', 25)], events: [] },
      new Map([['s01', lenovo]]),
    );
    expect(
      po.sections.map((s) => [s.supplierId, s.supplier?.contractNo ?? null, s.totalFen]),
    ).toEqual([
      ['s01', 'HT-2024-2371', 125],
      ['s02', null, 50],
    ]);
    expect(po.sections[0].lines.map((l) => l.productId)).toEqual(['a', 'c']);
  });

  it('lists the approvals that let it go out: each level with its approver, or the automatic one', () => {
    const events = [
      { type: 'submitted' as const, at, actorId: 'b', actorName: '采购员' },
      { type: 'level_approved' as const, at, actorId: 'h1', actorName: '李娜', level: 1 },
      { type: 'level_approved' as const, at, actorId: 'h2', actorName: '郑思远', level: 2 },
      { type: 'approved' as const, at, actorId: 'h2', actorName: '郑思远' },
    ];
    expect(
      purchaseOrderOf({ lines: [], events }, new Map()).approvals.map((a) => a.actorName),
    ).toEqual(['李娜', '郑思远']);
    const auto = [{ type: 'approved' as const, at, actorId: 'b', actorName: '采购员', auto: true }];
    expect(purchaseOrderOf({ lines: [], events: auto }, new Map()).approvals).toEqual([
      jasmine.objectContaining({ auto: true }),
    ]);
  });
});

describe('PurchaseOrderPage', () => {
  it('loads the order of the route and shows the document with supplier, total and signature fields', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/orders/:id/print', component: PurchaseOrderPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            procurementOrders: {
              ...initialOrdersState,
              detail: order('PO1', { lines: [line('a', 's01', 12_300)], totalFen: 12_300 }),
            },
            procurementCatalog: { ...initialCatalogState, suppliers: [lenovo] },
          },
        }),
        provideReferenceData(),
      ],
    });
    TestBed.inject(I18n).register(await coreTranslations());
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    TestBed.inject(I18n).lang.set('zh-CN');
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/orders/PO1/print', PurchaseOrderPage);
    expect(dispatch.calls.allArgs()).toEqual([[PurchaseOrderPageActions.opened({ id: 'PO1' })]]);
    const text = harness.routeNativeElement?.textContent ?? '';
    expect(text).toContain('采购订单');
    expect(text).toContain('供应商：联想（北京）有限公司');
    expect(text).toContain('框架合同 HT-2024-2371');
    expect(text).toContain('供应商确认（盖章）');
    expect(harness.routeNativeElement?.querySelector('[data-testid="po-total"]')?.textContent).toBe(
      '¥123.00',
    );

    const print = spyOn(window, 'print');
    [...harness.routeNativeElement!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('打印'))!
      .click();
    expect(print).toHaveBeenCalled();
  });
});
