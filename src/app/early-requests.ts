import { HttpHeaders, HttpParams, HttpResponse } from '@angular/common/http';
import { Injector, afterNextRender, inject } from '@angular/core';
import { Observable, from, of, switchMap } from 'rxjs';
import type { User } from '../domain/auth';
import type { Product } from '../domain/catalog';
import { askedAlready, serveEarlyResponsesWith } from './core/http/early-responses';
import { holdBootFrame } from './core/layout/boot-frame';
import { EARLY_READ_PAGES } from './early-read-pages';
import { homeBudgetsParams, seesBudgets } from './features/home/home-data';
import { catalogParams, queryFromParams } from './features/procurement/data/catalog-query';
import { RECOMMENDATIONS_SHOWN, type Recommendation } from './features/welfare/data/welfare.model';

interface EarlyRead {
  /** The API path exactly as the page's own request writes it (HttpClient's `urlWithParams`). */
  path: string;
  /** The pictures of the answer a phone shows first: the page's largest paint. */
  pictures?: (body: unknown) => string[];
}

/** A phone shows two cards across: their pictures are the first things the page paints large. */
const FIRST_ROW = 2;

/**
 * For each page whose largest paint is data from the API (a picture, a figure), the read it comes
 * from, if the user gets one. A returning user's page otherwise asks for it only after its code has
 * downloaded, booted and rendered; asked here, alongside the code, its answer and first pictures are
 * there when the page renders.
 */
const EARLY_READS: {
  path: RegExp;
  read: (match: string[], params: Record<string, string>, user: User) => EarlyRead | null;
}[] = [
  {
    path: EARLY_READ_PAGES.home,
    read: (_, __, user) =>
      seesBudgets(user)
        ? { path: `/budgets?${new HttpParams({ fromObject: homeBudgetsParams() }).toString()}` }
        : null,
  },
  {
    path: EARLY_READ_PAGES.catalog,
    read: (_, params) => ({
      path: `/products?${catalogParams(queryFromParams(params)).toString()}`,
      pictures: (body) => (body as Product[]).slice(0, FIRST_ROW).map((p) => p.image),
    }),
  },
  {
    path: EARLY_READ_PAGES.product,
    read: ([, id]) => ({
      path: `/products/${encodeURIComponent(decodeURIComponent(id!))}`,
      pictures: (body) => [(body as Product).image],
    }),
  },
  {
    path: EARLY_READ_PAGES.giftStore,
    read: () => ({
      path: `/welfare/recommendations?_limit=${RECOMMENDATIONS_SHOWN}`,
      pictures: (body) =>
        (body as Recommendation[]).slice(0, FIRST_ROW).map((r) => r.product.image),
    }),
  },
];

/** A read index.html's inline script started (`window.EARLY_READ`), with the stored session's token. */
interface InlineRead {
  url: string;
  token: string;
  abort: AbortController;
  response: Promise<Response>;
  /** The answer's JSON (null when it is not a 2xx), read once: the script's pictures come from it. */
  body: Promise<unknown>;
}

function takeInlineRead(): InlineRead | undefined {
  const started = window as { EARLY_READ?: InlineRead };
  const read = started.EARLY_READ;
  delete started.EARLY_READ;
  return read;
}

/** How long an early answer waits for its page: past that, the page is not coming. */
const KEPT_MS = 15_000;

/**
 * Starts the read of the page at `location`, if it has one, with the stored session's token; the
 * first request of the page for exactly that URL, with the same token, is then answered from it once.
 */
export function startEarlyRequests(
  location: { pathname: string; search: string },
  session: { token: string; user: User },
  apiBase: string,
): void {
  const page = EARLY_READS.find((r) => r.path.test(location.pathname));
  const read = page?.read(
    page.path.exec(location.pathname)!,
    Object.fromEntries(new URLSearchParams(location.search)),
    session.user,
  );
  const inline = takeInlineRead();
  // (the page may have been quicker than this code: then its own request is on its way already)
  if (!read || askedAlready(apiBase + read.path)) {
    inline?.abort.abort();
    return serveEarlyResponsesWith(null);
  }
  const url = apiBase + read.path;
  const authorization = `Bearer ${session.token}`;
  // index.html's script starts the reads it knows as the page begins to load, before this code
  const ours = inline?.url === url && inline.token === session.token ? inline : null;
  if (inline && !ours) inline.abort.abort();
  const abort = ours?.abort ?? new AbortController();
  const response =
    ours?.response ??
    fetch(url, {
      headers: { Authorization: authorization, Accept: 'application/json' },
      signal: abort.signal,
    });
  let answer: Promise<HttpResponse<unknown> | null> | null = answerOf(response, ours?.body);
  let arrived: HttpResponse<unknown> | null = null;
  void answer.then((early) => (arrived = early));
  const pictures = read.pictures;
  if (pictures && !ours)
    // (index.html's script shows those of its reads in the portal's frame)
    void answer.then((early) => {
      for (const src of early ? pictures(early.body) : []) {
        const picture = new Image();
        picture.fetchPriority = 'high';
        picture.src = src;
      }
    });
  setTimeout(() => {
    if (answer) abort.abort(); // not asked for: nothing keeps its answer open
    answer = null;
  }, KEPT_MS);
  serveEarlyResponsesWith((req, next) => {
    const early = answer;
    if (
      !early ||
      req.urlWithParams !== url ||
      req.method !== 'GET' ||
      req.responseType !== 'json' ||
      req.headers.get('Authorization') !== authorization
    )
      return next(req);
    answer = null;
    if (arrived) return inTaskOfItsOwn(arrived, inject(Injector));
    return from(early).pipe(switchMap((served) => (served ? of(served) : next(req))));
  });
}

/**
 * An answer that is there already, given in a task of its own, as the network's would be: on a
 * phone the page's first render and its data's are then two shorter tasks, not one long one. The
 * portal's frame stays up until the data is on screen, so the frame's pictures give way to the
 * page's, never to its loading state.
 */
function inTaskOfItsOwn(
  served: HttpResponse<unknown>,
  injector: Injector,
): Observable<HttpResponse<unknown>> {
  return new Observable((subscriber) => {
    const release = holdBootFrame();
    let given = false;
    const timer = setTimeout(() => {
      given = true;
      subscriber.next(served);
      subscriber.complete();
      afterNextRender(release, { injector });
    });
    return () => {
      if (given) return;
      // unsubscribed before it came (the page is already gone): nothing to wait for
      clearTimeout(timer);
      release();
    };
  });
}

/** A 2xx JSON answer as HttpClient's own, its body read once (`body`, if index.html's script has
 * read it already); anything else (an expired session, a failure) is null, and the request then goes
 * to the network as usual, so its error takes the ordinary path. */
function answerOf(
  response: Promise<Response>,
  body?: Promise<unknown>,
): Promise<HttpResponse<unknown> | null> {
  return response
    .then(async (res) =>
      res.ok
        ? new HttpResponse<unknown>({
            body: await (body ?? res.json()),
            headers: new HttpHeaders(Object.fromEntries(res.headers)),
            status: res.status,
            statusText: res.statusText,
            url: res.url,
          })
        : null,
    )
    .catch(() => null);
}
