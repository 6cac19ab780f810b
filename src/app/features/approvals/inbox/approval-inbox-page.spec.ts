import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { APPROVALS_I18N } from '../approvals.i18n';
import { ApprovalInboxPageActions } from '../data/approvals.actions';
import { initialHistoryState } from '../data/history.feature';
import { initialInboxState, pendingAdapter } from '../data/inbox.feature';
import { task } from '../data/inbox.feature.spec';
import { ApprovalInboxPage } from './approval-inbox-page';

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
    TestBed.configureTestingModule({
      imports: [ApprovalInboxPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            approvalHistory: initialHistoryState,
            approvalInbox: pendingAdapter.setAll(tasks, {
              ...initialInboxState,
              total: 3,
              selectedIds,
            }),
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(APPROVALS_I18N);
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
