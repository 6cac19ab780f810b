import { provideHttpClient, withInterceptors, type HttpInterceptorFn } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type { Role } from '../domain/auth';
import { earlyResponseInterceptor, noteRequestsUntilServed } from './core/http/early-responses';
import { removeBootFrame } from './core/layout/boot-frame';
import { withBootFrame } from './core/layout/boot-frame.spec-util';
import { hasEarlyRead } from './early-read-pages';
import { startEarlyRequests } from './early-requests';
import { CatalogApi } from './features/procurement/data/catalog-api';
import { queryFromParams } from './features/procurement/data/catalog-query';
import { product } from './features/procurement/data/test-data.spec-util';
import { WelfareApi } from './features/welfare/data/welfare-api';

/** A stored session of a user with `roles`. */
const as = (...roles: Role[]) => ({
  token: 'tok-1',
  user: {
    id: 'u1',
    name: '王志强',
    email: 'u1@c1.example',
    roles,
    companyId: 'c1',
    departmentId: 'd1',
  },
});

/** The token the page's requests carry (the token interceptor's work, stood in for here). */
let pageToken = 'tok-1';
const withToken: HttpInterceptorFn = (req, next) =>
  next(req.clone({ setHeaders: { Authorization: `Bearer ${pageToken}` } }));

describe('early reads (a returning user, before the app has booted)', () => {
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let pictures: { src?: string; fetchPriority?: string }[];
  let backend: HttpTestingController;

  const answer = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  /** A product with a picture of its own. */
  const pictured = (id: string) => product(id, { image: `/api/images/products/${id}.svg` });
  /** Waits while the early answer's body is read (a few tasks), up to a bound. */
  const settle = async () => {
    for (let i = 0; i < 50; i++) await new Promise((done) => setTimeout(done));
  };

  beforeEach(() => {
    pageToken = 'tok-1';
    fetchSpy = spyOn(window, 'fetch');
    pictures = [];
    spyOn(window, 'Image').and.callFake(function () {
      const picture = {};
      pictures.push(picture);
      return picture as HTMLImageElement;
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([withToken, earlyResponseInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(async () => {
    await settle(); // nothing of this test's early answer reaches the next one
    backend.verify();
  });

  it("answers the catalog's first search from the read, once, and loads the first row's pictures at once", async () => {
    const search = '?q=%E7%BA%B8&category=cat-1&sort=price&order=desc&page=2';
    fetchSpy.and.resolveTo(
      answer([pictured('a'), pictured('b'), pictured('c')], 200, { 'X-Total-Count': '4294' }),
    );
    startEarlyRequests({ pathname: '/procurement/catalog', search }, as('buyer'), '/api');
    expect(fetchSpy).toHaveBeenCalledOnceWith(
      '/api/products?channels_like=procurement&q=%E7%BA%B8&categoryId=cat-1&_sort=price&_order=desc&_page=2&_limit=24',
      jasmine.objectContaining({
        headers: jasmine.objectContaining({ Authorization: 'Bearer tok-1' }),
      }),
    );
    await settle();
    expect(pictures).toEqual([
      { fetchPriority: 'high', src: '/api/images/products/a.svg' },
      { fetchPriority: 'high', src: '/api/images/products/b.svg' },
    ]);

    // the page's own request, built by the page's own code from the same URL
    const api = TestBed.inject(CatalogApi);
    const query = queryFromParams(Object.fromEntries(new URLSearchParams(search)));
    const page = await firstValueFrom(api.search(query));
    expect(page.items.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(page.total).toBe(4294);
    backend.expectNone(() => true);

    // a second search (a reload of the results) goes to the network
    const again = firstValueFrom(api.search(query));
    backend.expectOne((r) => r.url === '/api/products').flush([product('d')]);
    expect((await again).items.map((p) => p.id)).toEqual(['d']);
  });

  it("answers the gift store's recommendations from the read", async () => {
    const rec = (id: string) => ({
      product: pictured(id),
      reason: { code: 'popular', params: {} },
    });
    fetchSpy.and.resolveTo(answer([rec('g1'), rec('g2'), rec('g3')]));
    startEarlyRequests({ pathname: '/welfare/store', search: '' }, as('employee'), '/api');
    await settle();
    expect(pictures.map((p) => p.src)).toEqual([
      '/api/images/products/g1.svg',
      '/api/images/products/g2.svg',
    ]);
    const items = await firstValueFrom(TestBed.inject(WelfareApi).recommendations());
    expect(items.map((r) => r.product.id)).toEqual(['g1', 'g2', 'g3']);
    backend.expectNone(() => true);
  });

  describe('an answer already there when the page asks', () => {
    beforeEach(async () => {
      fetchSpy.and.resolveTo(answer([product('a')]));
      startEarlyRequests({ pathname: '/procurement/catalog', search: '' }, as('buyer'), '/api');
      await settle();
    });

    /** The page asks, and is made: the shell would take the frame away now. */
    const pageMade = () => {
      let items: string[] | undefined;
      const asking = TestBed.inject(CatalogApi)
        .search(queryFromParams({}))
        .subscribe((page) => (items = page.items.map((p) => p.id)));
      removeBootFrame(document);
      return { items: () => items, asking };
    };

    it('is given in a task of its own, the frame kept up until the page has drawn it', async () => {
      await withBootFrame(async (frame) => {
        const page = pageMade();
        for (let i = 0; i < 20; i++) await Promise.resolve(); // the rest of the page's task
        expect(page.items()).toBeUndefined();
        expect(frame.isConnected).toBeTrue();
        await new Promise((done) => setTimeout(done));
        expect(page.items()).toEqual(['a']);
        expect(frame.isConnected).toBeTrue(); // until the page has drawn it
        await TestBed.inject(ApplicationRef).whenStable();
        expect(frame.isConnected).toBeFalse();
      });
    });

    it('lets the frame go at once when the page is gone before it', async () => {
      await withBootFrame(async (frame) => {
        pageMade().asking.unsubscribe();
        expect(frame.isConnected).toBeFalse();
      });
    });
  });

  it('is given when it comes to a page that asked before it, and does not keep the frame', async () => {
    let arrive!: (r: Response) => void;
    fetchSpy.and.returnValue(new Promise((resolve) => (arrive = resolve)));
    startEarlyRequests({ pathname: '/procurement/catalog', search: '' }, as('buyer'), '/api');
    await withBootFrame(async (frame) => {
      const page = firstValueFrom(TestBed.inject(CatalogApi).search(queryFromParams({})));
      removeBootFrame(document);
      expect(frame.isConnected).toBeFalse();
      arrive(answer([product('b')]));
      expect((await page).items.map((p) => p.id)).toEqual(['b']);
    });
  });

  it("answers the product page's read, for an id the URL had to encode", async () => {
    fetchSpy.and.resolveTo(answer(pictured('p-ä')));
    startEarlyRequests(
      { pathname: '/procurement/products/p-%C3%A4', search: '' },
      as('buyer'),
      '/api',
    );
    expect(fetchSpy.calls.mostRecent().args[0]).toBe('/api/products/p-%C3%A4');
    await settle();
    expect(pictures.map((p) => p.src)).toEqual(['/api/images/products/p-ä.svg']);
    const detail = await firstValueFrom(TestBed.inject(CatalogApi).product('p-ä'));
    expect(detail.id).toBe('p-ä');
    backend.expectNone(() => true);
  });

  describe("taking over the read index.html's script started as the page began to load", () => {
    const started = window as { EARLY_READ?: unknown };
    afterEach(() => delete started.EARLY_READ);

    const inlineRead = (url: string, token: string, body: unknown) => {
      const response = Promise.resolve(answer(body));
      const read = {
        url,
        token,
        abort: new AbortController(),
        response,
        body: response.then((res) => res.json()),
      };
      started.EARLY_READ = read;
      return read;
    };

    it("serves the page from it when it is this page's read with this session, without reading again", async () => {
      const read = inlineRead('/api/welfare/recommendations?_limit=8', 'tok-1', [
        { product: pictured('g1'), reason: { code: 'popular', params: {} } },
      ]);
      startEarlyRequests({ pathname: '/welfare/store', search: '' }, as('employee'), '/api');
      expect(fetchSpy).not.toHaveBeenCalled();
      await settle();
      expect(pictures).withContext('index.html shows its pictures').toEqual([]);
      const items = await firstValueFrom(TestBed.inject(WelfareApi).recommendations());
      expect(items.map((r) => r.product.id)).toEqual(['g1']);
      backend.expectNone(() => true);
      expect(read.abort.signal.aborted).toBeFalse();
      expect(started.EARLY_READ).toBeUndefined();
    });

    it('aborts it and reads as usual when it is another URL or another session', async () => {
      for (const [url, token] of [
        ['/api/products/p1', 'tok-1'],
        ['/api/products/p2', 'tok-old'],
      ]) {
        const read = inlineRead(url!, token!, pictured('p1'));
        fetchSpy.and.resolveTo(answer(pictured('p2')));
        startEarlyRequests(
          { pathname: '/procurement/products/p2', search: '' },
          as('buyer'),
          '/api',
        );
        expect(read.abort.signal.aborted).withContext(url!).toBeTrue();
        expect(fetchSpy.calls.mostRecent().args[0]).toBe('/api/products/p2');
        const served = await firstValueFrom(TestBed.inject(CatalogApi).product('p2'));
        expect(served.id).toBe('p2');
      }
    });
  });

  it('leaves a request with other filters, or of another session, to the network', async () => {
    fetchSpy.and.resolveTo(answer([product('early')]));
    startEarlyRequests({ pathname: '/procurement/catalog', search: '' }, as('buyer'), '/api');
    const api = TestBed.inject(CatalogApi);

    const page2 = firstValueFrom(api.search({ ...queryFromParams({}), pageIndex: 1 }));
    backend.expectOne((r) => r.params.get('_page') === '2').flush([product('net')]);
    expect((await page2).items.map((p) => p.id)).toEqual(['net']);

    pageToken = 'tok-2'; // another user signed in since
    const other = firstValueFrom(api.search(queryFromParams({})));
    backend.expectOne((r) => r.url === '/api/products').flush([product('theirs')]);
    expect((await other).items.map((p) => p.id)).toEqual(['theirs']);
  });

  it('sends the request to the network when the early read failed, so its error takes the usual path', async () => {
    fetchSpy.and.resolveTo(answer({ code: 'UNAUTHENTICATED', status: 401 }, 401));
    startEarlyRequests({ pathname: '/procurement/catalog', search: '' }, as('buyer'), '/api');
    await settle();
    expect(pictures).toEqual([]);
    const page = firstValueFrom(TestBed.inject(CatalogApi).search(queryFromParams({})));
    await settle();
    backend.expectOne((r) => r.url === '/api/products').flush([product('net')]);
    expect((await page).items.map((p) => p.id)).toEqual(['net']);
  });

  it("reads the home page's budgets for those who see them, as the page does", async () => {
    fetchSpy.and.callFake(() => Promise.resolve(answer([])));
    const year = new Date().getFullYear();
    const reads = (['buyer', 'hr', 'admin', 'employee'] as const).map((role) => {
      fetchSpy.calls.reset();
      startEarlyRequests({ pathname: '/', search: '' }, as(role), '/api');
      return [role, fetchSpy.calls.allArgs().map(([url]) => url)];
    });
    expect(reads).toEqual([
      ['buyer', [`/api/budgets?period=${year}&_limit=100`]],
      ['hr', [`/api/budgets?period=${year}&_limit=100`]],
      ['admin', [`/api/budgets?period=${year}&_limit=100`]],
      ['employee', []],
    ]);
    await settle();
    expect(pictures).toEqual([]);
  });

  it('starts no read when the page was quicker and has asked already', async () => {
    noteRequestsUntilServed(); // main.ts, as the early reads' code starts to download
    const api = TestBed.inject(CatalogApi);
    const page = firstValueFrom(api.search(queryFromParams({})));
    startEarlyRequests({ pathname: '/procurement/catalog', search: '' }, as('buyer'), '/api');
    expect(fetchSpy).not.toHaveBeenCalled();
    backend.expectOne((r) => r.url === '/api/products').flush([product('net')]);
    expect((await page).items.map((p) => p.id)).toEqual(['net']);
  });

  it('drops an answer the page has not asked for within 15 seconds', async () => {
    jasmine.clock().install();
    try {
      fetchSpy.and.resolveTo(answer([product('early')]));
      startEarlyRequests({ pathname: '/procurement/catalog', search: '' }, as('buyer'), '/api');
      const signal = fetchSpy.calls.mostRecent().args[1]!.signal!;
      jasmine.clock().tick(14_999);
      expect(signal.aborted).toBeFalse();
      jasmine.clock().tick(1);
      expect(signal.aborted).toBeTrue();
    } finally {
      jasmine.clock().uninstall();
    }
    const page = firstValueFrom(TestBed.inject(CatalogApi).search(queryFromParams({})));
    backend.expectOne((r) => r.url === '/api/products').flush([product('net')]);
    expect((await page).items.map((p) => p.id)).toEqual(['net']);
  });

  it('is downloaded only for the pages it reads for', () => {
    const pages = ['/', '/procurement/catalog', '/procurement/products/p1', '/welfare/store/'];
    expect(pages.filter(hasEarlyRead)).toEqual(pages);
    const others = ['/approvals', '/procurement/cart', '/procurement/products/p1/x'];
    expect(others.filter(hasEarlyRead)).toEqual([]);
    startEarlyRequests({ pathname: '/approvals', search: '' }, as('buyer'), '/api');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
