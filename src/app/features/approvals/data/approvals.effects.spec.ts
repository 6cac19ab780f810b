import { HttpErrorResponse } from '@angular/common/http';
import {
  Observable,
  Subject,
  defer,
  lastValueFrom,
  of,
  throwError,
  timer,
  finalize,
  map,
  toArray,
} from 'rxjs';
import type { Action } from '@ngrx/store';
import type { DecisionCommand } from '../../../../domain/index.ts';
import {
  ApprovalDecisionPageActions,
  ApprovalInboxPageActions,
  ApprovalsApiActions,
} from './approvals.actions';
import { batchDecide, decide, loadDetail } from './approvals.effects';
import type { ApprovalsApi } from './approvals-api';
import { BATCH_CONCURRENCY, type ApprovalDetail, type ApprovalTaskRow } from './approval.model';
import { task } from './inbox.feature.spec';

function problem(status: number, code: string, detail: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: { type: 'about:blank', title: code, status, detail, code },
  });
}

describe('approvals effects', () => {
  it('batch: one decision per task with a small concurrency, and one report of successes and failures', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const calls: [string, DecisionCommand][] = [];
    const api = {
      decide: (id: string, cmd: DecisionCommand): Observable<ApprovalTaskRow> =>
        defer(() => {
          calls.push([id, cmd]);
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          return timer(5).pipe(
            map(() => {
              if (id === 't2') throw problem(409, 'VERSION_CONFLICT', 'changed');
              if (id === 't4') throw problem(409, 'ALREADY_DECIDED', 'already approved');
              if (id === 't5') throw problem(403, 'FORBIDDEN', 'own request');
              return task(id, { status: 'approved', version: cmd.version + 1 });
            }),
            finalize(() => inFlight--),
          );
        }),
    } as unknown as ApprovalsApi;
    const items = ['t1', 't2', 't3', 't4', 't5', 't6'].map((id, i) => ({ id, version: i + 1 }));
    const actions$ = of(
      ApprovalInboxPageActions.batchDecisionRequested({
        items,
        decision: 'approve',
        comment: '同意',
      }),
    );

    const out = await lastValueFrom(batchDecide(actions$ as never, api).pipe(toArray()));

    expect(out.length).toBe(1);
    const done = out[0] as ReturnType<typeof ApprovalsApiActions.batchDecisionCompleted>;
    expect(done.type).toBe(ApprovalsApiActions.batchDecisionCompleted.type);
    expect(done.decision).toBe('approve');
    expect([...done.succeeded].sort()).toEqual(['t1', 't3', 't6']);
    expect(done.failures.map((f) => [f.id, f.code]).sort()).toEqual([
      ['t2', 'VERSION_CONFLICT'],
      ['t4', 'ALREADY_DECIDED'],
      ['t5', 'FORBIDDEN'],
    ]);
    expect(calls.length).toBe(6);
    expect(calls.find(([id]) => id === 't3')?.[1]).toEqual({
      decision: 'approve',
      comment: '同意',
      version: 3,
    });
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(BATCH_CONCURRENCY);
  });

  it('decide: a 409 becomes a failure action with the problem code', async () => {
    const api = {
      decide: () => throwError(() => problem(409, 'ALREADY_DECIDED', 'by someone')),
    } as unknown as ApprovalsApi;
    const actions$ = of(
      ApprovalDecisionPageActions.decisionSubmitted({
        id: 't1',
        decision: 'approve',
        comment: '',
        version: 1,
      }),
    );
    const out = await lastValueFrom(decide(actions$ as never, api));
    expect(out).toEqual(
      ApprovalsApiActions.decisionFailed({
        id: 't1',
        error: { status: 409, code: 'ALREADY_DECIDED', detail: 'by someone' },
      }),
    );
  });

  it('reloads the task after a 409 (fresh state) but not after another failure', async () => {
    const gets: string[] = [];
    const detail = {
      ...task('t1', { status: 'approved' }),
      subject: null,
      requester: { id: 'u', name: 'n' },
      budget: null,
      rule: { code: 'approvalThreshold' },
      history: [],
    } as ApprovalDetail;
    const api = { get: (id: string) => (gets.push(id), of(detail)) } as unknown as ApprovalsApi;
    const actions$ = new Subject<Action>();
    const out: Action[] = [];
    const sub = loadDetail(actions$ as never, api).subscribe((a) => out.push(a));
    actions$.next(
      ApprovalsApiActions.decisionFailed({
        id: 't1',
        error: { status: 403, code: 'FORBIDDEN', detail: '' },
      }),
    );
    expect(gets).toEqual([]);
    actions$.next(
      ApprovalsApiActions.decisionFailed({
        id: 't1',
        error: { status: 409, code: 'VERSION_CONFLICT', detail: '' },
      }),
    );
    expect(gets).toEqual(['t1']);
    expect(out).toEqual([ApprovalsApiActions.detailLoaded({ detail })]);
    sub.unsubscribe();
  });
});
