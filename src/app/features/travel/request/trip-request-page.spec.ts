import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Colleague } from '../../../../domain/index.ts';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { I18n } from '../../../core/i18n/i18n';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { initialPlannerState } from '../data/planner.feature';
import { TripRequestPageActions } from '../data/travel.actions';
import type { City } from '../data/travel.model';
import { TRAVEL_I18N } from '../travel.i18n';
import { TripRequestPage, moved, planOf, yuanToFen } from './trip-request-page';

describe('trip request logic', () => {
  const v = {
    purpose: ' 客户拜访 ',
    destinations: ['SZX', 'BJS'],
    travellers: [
      { id: 'u1', name: '陈佳琪', nameEn: 'Chen Jiaqi' },
      { id: 'u2', name: '王磊', nameEn: 'Wang Lei' },
    ],
    startDate: '2026-06-22',
    endDate: '2026-06-24',
    costCenterId: 'cc1',
    estimateYuan: '3000.5',
  };
  it('makes a plan with the estimate in fen, destinations and travellers in their order', () => {
    expect(planOf(v)).toEqual({
      purpose: '客户拜访',
      destinations: ['SZX', 'BJS'],
      travellerIds: ['u1', 'u2'],
      startDate: '2026-06-22',
      endDate: '2026-06-24',
      costCenterId: 'cc1',
      estimatedFen: 300_050,
    });
  });
  it('refuses an incomplete or backwards plan', () => {
    expect(planOf({ ...v, endDate: '2026-06-21' })).toBeNull();
    expect(planOf({ ...v, destinations: [] })).toBeNull();
    expect(planOf({ ...v, travellers: [] })).toBeNull();
    expect(planOf({ ...v, estimateYuan: '0' })).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
  });
});

describe('moved (the order of the destinations)', () => {
  it('swaps with the neighbour, and leaves either end alone', () => {
    expect(moved(['A', 'B', 'C'], 1, -1)).toEqual(['B', 'A', 'C']);
    expect(moved(['A', 'B', 'C'], 1, 1)).toEqual(['A', 'C', 'B']);
    expect(moved(['A', 'B', 'C'], 0, -1)).toEqual(['A', 'B', 'C']);
    expect(moved(['A', 'B', 'C'], 2, 1)).toEqual(['A', 'B', 'C']);
  });
});

describe('moved (the order of the destinations)', () => {
  it('swaps with the neighbour, and leaves either end alone', () => {
    expect(moved(['A', 'B', 'C'], 1, -1)).toEqual(['B', 'A', 'C']);
    expect(moved(['A', 'B', 'C'], 1, 1)).toEqual(['A', 'C', 'B']);
    expect(moved(['A', 'B', 'C'], 0, -1)).toEqual(['A', 'B', 'C']);
    expect(moved(['A', 'B', 'C'], 2, 1)).toEqual(['A', 'B', 'C']);
  });
});

describe('TripRequestPage', () => {
  const city = (code: string, name: string, nameEn: string) =>
    ({ code, name, nameEn, tier: '1', airports: [], station: null }) as unknown as City;
  const cities = [city('BJS', '北京', 'Beijing'), city('SZX', '深圳', 'Shenzhen')];
  const colleague: Colleague = {
    id: 'u2',
    name: '王磊',
    nameEn: 'Wang Lei',
    departmentId: 'd1',
    departmentName: '销售部',
    departmentNameEn: 'Sales',
  };
  let store: MockStore;
  let dispatch: jasmine.Spy;

  function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { travelPlanner: { ...initialPlannerState, cities } },
        }),
        provideReferenceData(),
        provideSignedIn({
          id: 'u1',
          name: '陈佳琪',
          email: 'e@x',
          roles: ['employee'],
          companyId: 'c1',
          departmentId: 'd1',
        }),
      ],
    });
    TestBed.inject(I18n).register(TRAVEL_I18N);
    TestBed.inject(I18n).lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(TripRequestPage);
    fixture.detectChanges();
    return fixture;
  }
  const items = (el: HTMLElement, testId: string) =>
    [...el.querySelectorAll(`[data-testid="${testId}"] li .travel-picks__name`)].map((x) =>
      x.textContent?.trim(),
    );
  const button = (el: HTMLElement, label: string) =>
    el.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

  it('the requester travels by default; a colleague can be added and removed', () => {
    const f = open();
    const el = f.nativeElement as HTMLElement;
    expect(items(el, 'travellers')).toEqual(['陈佳琪']);

    const input = el.querySelector<HTMLInputElement>('input[maxlength="50"]')!;
    input.value = '王';
    input.dispatchEvent(new Event('input'));
    expect(dispatch).toHaveBeenCalledWith(
      TripRequestPageActions.colleagueSearchChanged({ query: '王' }),
    );
    store.setState({ travelPlanner: { ...initialPlannerState, cities, colleagues: [colleague] } });
    input.dispatchEvent(new Event('focusin'));
    f.detectChanges();
    const option = document.querySelector<HTMLElement>('mat-option')!;
    expect(option.textContent).toContain('王磊 · 销售部');
    option.click();
    f.detectChanges();
    expect(items(el, 'travellers')).toEqual(['陈佳琪', '王磊']);

    button(el, '移除 陈佳琪').click();
    f.detectChanges();
    expect(items(el, 'travellers')).toEqual(['王磊']);
  });

  it('destinations keep the order the requester gives them, and the estimate follows it', () => {
    const f = open();
    const el = f.nativeElement as HTMLElement;
    const page = f.componentInstance as unknown as { addDestination(code: string): void };
    page.addDestination('BJS');
    page.addDestination('SZX');
    f.detectChanges();
    expect(items(el, 'destinations')).toEqual(['北京', '深圳']);
    expect(button(el, '上移 北京').disabled).toBeTrue();

    dispatch.calls.reset();
    button(el, '上移 深圳').click();
    f.detectChanges();
    expect(items(el, 'destinations')).toEqual(['深圳', '北京']);
    const form = (f.componentInstance as unknown as { form: { getRawValue(): object } }).form;
    expect(form.getRawValue()).toEqual(jasmine.objectContaining({ destinations: ['SZX', 'BJS'] }));
  });
});
