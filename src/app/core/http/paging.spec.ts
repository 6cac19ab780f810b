import { HttpHeaders, HttpResponse } from '@angular/common/http';
import { pageOf, totalCount } from './paging';

describe('paging', () => {
  it('takes the total from X-Total-Count', () => {
    const page = pageOf(
      new HttpResponse({ body: [1, 2], headers: new HttpHeaders({ 'X-Total-Count': '42' }) }),
    );
    expect(page).toEqual({ items: [1, 2], total: 42 });
  });

  it('counts the rows when the header is missing or not a number', () => {
    expect(pageOf(new HttpResponse({ body: [1, 2, 3] }))).toEqual({ items: [1, 2, 3], total: 3 });
    expect(totalCount(new HttpHeaders({ 'X-Total-Count': 'many' }), [1])).toBe(1);
    expect(totalCount({ get: () => null }, [1, 2])).toBe(2);
    expect(totalCount(undefined, null)).toBe(0);
  });
});
