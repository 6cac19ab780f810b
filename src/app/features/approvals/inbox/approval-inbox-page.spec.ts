import { HighContrastModeDetector } from '@angular/cdk/a11y';
import { ApplicationRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { FormGroup } from '@angular/forms';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { APPROVALS_I18N } from '../approvals.i18n';
import { ApprovalInboxPageActions } from '../data/approvals.actions';
import { initialHistoryState } from '../data/history.feature';
import { initialInboxState, pendingAdapter } from '../data/inbox.feature';
import { inboxQueryFromParams } from '../data/inbox-query';
import { task } from '../data/inbox.feature.spec';
import { ApprovalInboxPage } from './approval-inbox-page';
import { pretendNarrowScreen } from '../../../shared/ui/phone-filters.spec-util';

/** The inbox page over a mock store holding `tasks` and the inbox state given. */
function configureInbox(
  tasks: ReturnType<typeof task>[],
  state: Partial<typeof initialInboxState>,
): void {
  TestBed.configureTestingModule({
    imports: [ApprovalInboxPage],
    providers: [
      provideRouter([]),
      provideMockStore({
        initialState: {
          approvalHistory: initialHistoryState,
          approvalInbox: pendingAdapter.setAll(tasks, { ...initialInboxState, ...state }),
        },
      }),
    ],
  });
  TestBed.inject(I18n).register(APPROVALS_I18N);
}

describe('ApprovalInboxPage keyboard', () => {
  let fixture: ComponentFixture<ApprovalInboxPage>;
  let store: MockStore;
  let dialogOpen: jasmine.Spy;

  function setup(selectedIds: string[] = []): void {
    const tasks = [
      task('t1', { amountFen: 100, version: 3 }),
      task('t2', { amountFen: 200, version: 5 }),
      task('t3'),
    ];
    configureInbox(tasks, { total: 3, selectedIds });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ApprovalInboxPage);
    dialogOpen = spyOn(fixture.debugElement.injector.get(MatDialog), 'open').and.returnValue({
      afterClosed: () => of('好'),
    } as never);
    fixture.detectChanges();
  }

  const press = (key: string, target: EventTarget = document.body) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    target.dispatchEvent(e);
    fixture.detectChanges();
    return e;
  };

  it('moves with j/k and arrows, selects with x and opens with Enter', () => {
    setup();
    press('j');
    press('ArrowDown');
    press('k');
    press('x');
    expect(store.dispatch).toHaveBeenCalledWith(
      ApprovalInboxPageActions.selectionToggled({ id: 't2' }),
    );
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    press('Enter');
    expect(navigate).toHaveBeenCalledWith(['/approvals', 't2']);
  });

  it('a approves the current task with the comment of the dialog and the version it was shown', () => {
    setup();
    press('j');
    press('a');
    expect(dialogOpen).toHaveBeenCalled();
    expect(store.dispatch).toHaveBeenCalledWith(
      ApprovalInboxPageActions.batchDecisionRequested({
        items: [{ id: 't2', version: 5 }],
        decision: 'approve',
        comment: '好',
      }),
    );
  });

  it('r rejects the selected tasks as one batch', () => {
    setup(['t1', 't2']);
    press('r');
    const data = dialogOpen.calls.mostRecent().args[1].data;
    expect(data).toEqual({ decision: 'reject', count: 2, totalFen: 300 });
    expect(store.dispatch).toHaveBeenCalledWith(
      ApprovalInboxPageActions.batchDecisionRequested({
        items: [
          { id: 't1', version: 3 },
          { id: 't2', version: 5 },
        ],
        decision: 'reject',
        comment: '好',
      }),
    );
  });

  it('ignores shortcuts while typing in a field', () => {
    setup();
    const input = (fixture.nativeElement as HTMLElement).querySelector('input')!;
    press('x', input);
    press('a', input);
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: ApprovalInboxPageActions.selectionToggled.type }),
    );
    expect(dialogOpen).not.toHaveBeenCalled();
  });
});

describe('ApprovalInboxPage: tab, filters and page in the URL', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'approvals', component: ApprovalInboxPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: { approvalHistory: initialHistoryState, approvalInbox: initialInboxState },
        }),
      ],
    });
    TestBed.inject(I18n).register(APPROVALS_I18N);
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    harness = await RouterTestingHarness.create();
  });

  const dispatched = (type: string) =>
    dispatch.calls
      .allArgs()
      .map(([a]) => a)
      .filter((a) => a.type === type);

  it('a reload applies the URL: filters, page and the history tab', async () => {
    const first = await harness.navigateByUrl(
      '/approvals?tab=history&type=trip&min=100.5&requester=u-2&page=2',
      ApprovalInboxPage,
    );
    const [q] = dispatched(ApprovalInboxPageActions.queryChanged.type);
    expect(q.filters).toEqual({
      subjectType: 'trip',
      amountMinFen: 10050,
      amountMaxFen: null,
      requesterId: 'u-2',
    });
    expect(q.pageIndex).toBe(1);
    expect(dispatched(ApprovalInboxPageActions.historyOpened.type).length).toBe(1);
    const tab = harness.routeNativeElement!.querySelector('[role="tab"][aria-selected="true"]');
    expect(tab?.textContent).toContain(TestBed.inject(I18n).t('approvals.tab.history'));

    // back to the plain inbox: the same page, no filters, the pending tab
    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/approvals', ApprovalInboxPage);
    expect(second).toBe(first);
    expect(dispatched(ApprovalInboxPageActions.queryChanged.type)[0].filters).toEqual(
      inboxQueryFromParams({}).filters,
    );
  });

  it('a filter or tab chosen goes into the URL', async () => {
    const page = await harness.navigateByUrl('/approvals?page=3', ApprovalInboxPage);
    const form = (page as unknown as { filterForm: FormGroup }).filterForm;
    form.controls['subjectType'].setValue('order');
    await new Promise((r) => setTimeout(r, 350)); // the form's debounce
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/approvals?type=order');
    (page as unknown as { tabChanged(i: number): void }).tabChanged(1);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/approvals?tab=history&type=order');
  });

  it('shows the chosen tab as a tablist: arrows, Home and End move to a tab and show it', async () => {
    await harness.navigateByUrl('/approvals', ApprovalInboxPage);
    const root = harness.routeNativeElement!;
    const i18n = TestBed.inject(I18n);
    const tabs = () => [...root.querySelectorAll<HTMLElement>('[role="tablist"] [role="tab"]')];
    const panel = () => root.querySelector<HTMLElement>('[role="tabpanel"]')!;
    const state = () =>
      tabs().map((t) => [
        t.textContent?.trim(),
        t.getAttribute('aria-selected'),
        t.tabIndex,
        document.activeElement === t,
      ]);
    const pending = i18n.t('approvals.tab.pending');
    const history = i18n.t('approvals.tab.history');
    const press = async (key: string) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      (document.activeElement as HTMLElement).dispatchEvent(e);
      await harness.fixture.whenStable();
      harness.detectChanges();
      return e;
    };

    // one tab stop: the selected tab; the panel is named by it and holds the pending list
    expect(state()).toEqual([
      [pending, 'true', 0, false],
      [history, 'false', -1, false],
    ]);
    expect(tabs().every((t) => t.getAttribute('aria-controls') === panel().id)).toBe(true);
    expect(panel().getAttribute('aria-labelledby')).toBe(tabs()[0].id);
    expect(panel().querySelector('form.filters')).not.toBeNull();

    tabs()[0].focus();
    expect((await press('ArrowRight')).defaultPrevented).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/approvals?tab=history');
    expect(state()).toEqual([
      [pending, 'false', -1, false],
      [history, 'true', 0, true],
    ]);
    expect(panel().getAttribute('aria-labelledby')).toBe(tabs()[1].id);
    expect(panel().querySelector('form.filters')).toBeNull();
    expect(panel().textContent).toContain(i18n.t('approvals.history.empty'));

    await press('ArrowRight'); // wraps
    expect(state()[0]).toEqual([pending, 'true', 0, true]);
    expect(TestBed.inject(Router).url).toBe('/approvals');
    await press('ArrowLeft'); // wraps back
    expect(state()[1]).toEqual([history, 'true', 0, true]);
    await press('Home');
    expect(state()[0]).toEqual([pending, 'true', 0, true]);
    await press('End');
    expect(state()[1]).toEqual([history, 'true', 0, true]);
    // other keys are left alone
    expect((await press('ArrowDown')).defaultPrevented).toBe(false);
    expect(state()[1]).toEqual([history, 'true', 0, true]);
  });

  it('drops hostile parameters', () => {
    expect(
      inboxQueryFromParams({ type: 'x', min: '1e400', max: '-5', requester: '"><', size: '9999' }),
    ).toEqual({
      tab: 'pending',
      filters: { subjectType: null, amountMinFen: null, amountMaxFen: null, requesterId: null },
      pageIndex: 0,
      pageSize: 20,
    });
  });
});

describe('ApprovalInboxPage list', () => {
  it('makes its select-all checkbox and header with the first task, not for an empty inbox', () => {
    const asked = spyOn(I18n.prototype, 't').and.callThrough();
    const headerMade = () => asked.calls.allArgs().some(([key]) => key === 'approvals.selectAll');
    configureInbox([], { total: 0 });
    const fixture = TestBed.createComponent(ApprovalInboxPage);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain(TestBed.inject(I18n).t('approvals.empty'));
    expect(headerMade()).toBeFalse();

    TestBed.inject(MockStore).setState({
      approvalHistory: initialHistoryState,
      approvalInbox: pendingAdapter.setAll([task('t1')], { ...initialInboxState, total: 1 }),
    });
    fixture.detectChanges();
    expect(headerMade()).toBeTrue();
    expect(root.querySelectorAll('.list-head mat-checkbox, .task').length).toBe(2);
  });
});

describe('ApprovalInboxPage paginator', () => {
  async function render(total: number, pageIndex = 0): Promise<HTMLElement> {
    TestBed.resetTestingModule();
    configureInbox([task('t1'), task('t2')], { total, pageIndex });
    const fixture = TestBed.createComponent(ApprovalInboxPage);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is left out while the inbox is empty (it would say "0 – 0 of 0")', async () => {
    expect((await render(0)).querySelector('mat-paginator')).toBeNull();
  });

  it('shows with the count as soon as there is a task, or while the reader is past the first page', async () => {
    const label = (await render(2)).querySelector('.mat-mdc-paginator-range-label')?.textContent;
    expect(label).toMatch(/(of|共) 2\b/);
    expect((await render(0, 2)).querySelector('mat-paginator')).not.toBeNull();
  });

  it('is made in a task after the list, which a phone shows first', () => {
    configureInbox([task('t1'), task('t2')], { total: 2 });
    const fixture = TestBed.createComponent(ApprovalInboxPage);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelectorAll('.task').length).toBe(2);
    expect(root.querySelector('mat-paginator')).toBeNull();
  });
});

describe('ApprovalInboxPage on a phone', () => {
  function render(filters: Partial<typeof initialInboxState.filters> = {}): HTMLElement {
    pretendNarrowScreen();
    configureInbox([task('t1')], { filters: { ...initialInboxState.filters, ...filters } });
    TestBed.inject(I18n).use('zh-CN');
    const fixture = TestBed.createComponent(ApprovalInboxPage);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  const toggle = (el: HTMLElement) =>
    el.querySelector<HTMLButtonElement>('app-filters-toggle button')!;
  const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

  it('shows the tasks first: the filters open from their button', async () => {
    const el = render();
    expect(el.querySelector('#inbox-filters')).toBeNull();
    expect(el.querySelector('[data-row="0"]')).not.toBeNull();
    expect(text(toggle(el))).toBe('tune 筛选');
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');

    toggle(el).click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('#inbox-filters mat-select')).not.toBeNull();
  });

  it('opens them by itself when the URL sets one, and counts them on the button', () => {
    const el = render({ subjectType: 'trip', amountMinFen: 10_000 });
    expect(el.querySelector('#inbox-filters')).not.toBeNull();
    expect(text(toggle(el))).toBe('tune 筛选 · 2');
  });
});

describe('ApprovalInboxPage first render', () => {
  it('checks nothing for high contrast (a forced style recalculation), with the shortcuts button and its tooltip on a desktop', async () => {
    const check = spyOn(
      HighContrastModeDetector.prototype,
      'getHighContrastMode',
    ).and.callThrough();
    configureInbox([task('t1')], { total: 1 });
    const fixture = TestBed.createComponent(ApprovalInboxPage);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[aria-keyshortcuts="?"]'),
    ).not.toBeNull();
    expect(check).not.toHaveBeenCalled();
  });
});
