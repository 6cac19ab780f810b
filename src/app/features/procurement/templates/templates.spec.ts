import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { RequisitionTemplate, RequisitionTemplateDetail } from '../../../../domain/index.ts';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { coreTranslations } from '../../../core/i18n/core.i18n';
import { I18n } from '../../../core/i18n/i18n';
import { CartAddActions } from '../data/cart.actions';
import {
  CartTemplateActions,
  TemplatesApiActions,
  TemplatesPageActions,
} from '../data/templates.actions';
import { initialTemplatesState, templatesFeature } from '../data/templates.feature';
import { product } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { TemplatePage, templateLines } from './template-page';
import { TemplatesPage } from './templates-page';

const at = '2026-11-15T02:00:00.000Z';
const template = (id: string, over: Partial<RequisitionTemplate> = {}): RequisitionTemplate => ({
  id,
  companyId: 'c1',
  ownerId: 'u1',
  ownerName: '王志强',
  ownerNameEn: 'Wang Zhiqiang',
  departmentId: 'd1',
  name: '办公室月度补货',
  shared: false,
  lines: [{ productId: 'p1', qty: 10 }],
  createdAt: at,
  updatedAt: at,
  ...over,
});
// Tiers: ¥10 from 10, ¥8 from 100; moq 10, packs of 10.
const tiered = {
  ...product('p1'),
  moq: 10,
  packSize: 10,
  stock: 10_000,
  priceTiers: [
    { minQty: 10, unitPriceFen: 1000 },
    { minQty: 100, unitPriceFen: 800 },
  ],
};
const detail = (over: Partial<RequisitionTemplateDetail> = {}): RequisitionTemplateDetail => ({
  ...template('RT1'),
  lines: [
    { productId: 'p1', qty: 10, product: tiered },
    { productId: 'gone', qty: 5, product: null },
  ],
  ...over,
});

describe('templateLines', () => {
  it("prices each line from today's tiers at the quantity as edited; a product no longer sold is left out", () => {
    const v = templateLines(detail(), {});
    expect(v.totalFen).toBe(10_000);
    expect(v.orderable).toBeTrue();
    const more = templateLines(detail(), { p1: 100 });
    expect(more.lines[0].unitPriceFen).toBe(800);
    expect(more.totalFen).toBe(80_000);
  });

  it('an invalid quantity blocks ordering; so does a template with nothing still sold', () => {
    expect(templateLines(detail(), { p1: 15 }).lines[0].problem).toBe('not_pack_multiple');
    expect(templateLines(detail(), { p1: 15 }).orderable).toBeFalse();
    expect(templateLines(detail({ lines: [detail().lines[1]] }), {}).orderable).toBeFalse();
  });
});

describe('templates state', () => {
  const reduce = templatesFeature.reducer;
  it('a template saved from the cart goes first in the list; a deleted one leaves it', () => {
    let s = reduce(
      initialTemplatesState,
      TemplatesApiActions.listLoaded({ templates: [template('RT1')] }),
    );
    s = reduce(
      s,
      CartTemplateActions.saveAsTemplateRequested({ name: 'x', shared: true, lines: [] }),
    );
    expect(s.saving).toBeTrue();
    s = reduce(s, TemplatesApiActions.saved({ template: template('RT2') }));
    expect([s.saving, s.saved?.id, s.list.map((t) => t.id)]).toEqual([
      false,
      'RT2',
      ['RT2', 'RT1'],
    ]);
    s = reduce(s, TemplatesApiActions.deleted({ id: 'RT1' }));
    expect(s.list.map((t) => t.id)).toEqual(['RT2']);
  });
});

describe('template pages', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(url: string, state = initialTemplatesState) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'procurement/templates', component: TemplatesPage },
            { path: 'procurement/templates/:id', component: TemplatePage },
            { path: 'procurement/cart', children: [] },
          ],
          withComponentInputBinding(),
        ),
        provideMockStore({ initialState: { procurementTemplates: state } }),
        provideSignedIn({
          id: 'u1',
          name: '王志强',
          email: 'b@x',
          roles: ['buyer'],
          companyId: 'c1',
          departmentId: 'd1',
        }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(PROCUREMENT_I18N);
    i18n.lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const h = await RouterTestingHarness.create();
    await h.navigateByUrl(url);
    return h;
  }

  it('the list says whose a shared template is; only the owner deletes, after a second click', async () => {
    const h = await open('/procurement/templates', {
      ...initialTemplatesState,
      list: [
        template('RT1', { shared: true }),
        template('RT2', { ownerId: 'u9', ownerName: '李娜', name: '会议室用品', shared: true }),
      ],
    });
    expect(dispatch).toHaveBeenCalledWith(TemplatesPageActions.opened());
    const el = h.routeNativeElement!;
    expect(el.textContent).toContain('已与部门共享');
    expect(el.textContent).toContain('李娜 共享');
    const deletes = el.querySelectorAll<HTMLButtonElement>('button[aria-label^="删除清单"]');
    expect(deletes.length).toBe(1);
    deletes[0].click();
    h.detectChanges();
    expect(dispatch).not.toHaveBeenCalledWith(TemplatesPageActions.deleteConfirmed({ id: 'RT1' }));
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('确认删除'))!.click();
    expect(dispatch).toHaveBeenCalledWith(TemplatesPageActions.deleteConfirmed({ id: 'RT1' }));
  });

  it('a template goes into the cart at the edited quantities, without the product no longer sold', async () => {
    const h = await open('/procurement/templates/RT1', {
      ...initialTemplatesState,
      detailId: 'RT1',
      detail: detail(),
    });
    const el = h.routeNativeElement!;
    expect(el.querySelector('[data-testid="template-total"]')?.textContent).toBe('¥100.00');
    expect(el.textContent).toContain('商品 gone 已下架');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('加入购物车'))!.click();
    expect(dispatch).toHaveBeenCalledWith(
      CartAddActions.addLinesRequested({
        lines: [{ productId: 'p1', qty: 10 }],
        origin: 'template',
      }),
    );
  });
});
