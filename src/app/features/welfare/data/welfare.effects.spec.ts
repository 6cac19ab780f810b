import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { provideMockStore } from '@ngrx/store/testing';
import type { Action } from '@ngrx/store';
import { Observable, Subject } from 'rxjs';
import { initialGiftStoreState } from './gift-store.feature';
import { GiftStorePageActions, GiftsApiActions } from './welfare.actions';
import { loadCategories } from './welfare.effects';
import { DEFAULT_GIFT_QUERY } from './welfare.model';
import { WelfareApi } from './welfare-api';

describe('welfare effects: the store filter’s categories', () => {
  it('are read in the task after the one that opens the store', async () => {
    const actions$ = new Subject<Action>();
    let sent = 0;
    const api: Partial<WelfareApi> = {
      categories: () =>
        new Observable((subscriber) => {
          sent++;
          subscriber.next([]);
          subscriber.complete();
        }),
    };
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { welfareStore: initialGiftStoreState } }),
        { provide: WelfareApi, useValue: api },
      ],
    });
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => loadCategories()).subscribe((a) => out.push(a));

    actions$.next(GiftStorePageActions.queryChanged({ query: DEFAULT_GIFT_QUERY }));
    expect(sent).toBe(0);
    await new Promise((done) => setTimeout(done));
    expect(sent).toBe(1);
    expect(out.map((a) => a.type)).toEqual([GiftsApiActions.categoriesLoaded.type]);
  });
});
