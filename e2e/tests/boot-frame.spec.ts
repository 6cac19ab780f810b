import { expect, test, type Page } from '../support/fixtures';
import { holdRequests } from '../support/network';
import { settled, signIn, switchLanguage } from '../support/session';

// A returning user's first look at a page, before the app's code has arrived: index.html's frame
// with the page's own heading (HEADINGS, written by `npm run boot:headings`). The heading must be
// the one the page then draws, in the user's language and in the same place, so that nothing jumps.

/** Path → [under a module's navigation, zh title, zh subtitle, en title, en subtitle]. */
type Headings = Record<string, [number, string, string, string, string]>;

/** The demo user who may open a path. */
function userFor(path: string): string {
  if (/^\/(procurement|addresses|$)/.test(path)) return 'buyer@c1.example';
  if (path.startsWith('/admin')) return 'admin@c1.example';
  if (/^\/(approvals|budgets|travel\/report)/.test(path)) return 'hr@c1.example';
  return 'employee@c1.example';
}

interface Heading {
  title: string;
  subtitle: string;
  /** Where the title and the subtitle start, in CSS pixels. */
  at: number[];
}

/** The heading drawn by `title` and `subtitle` (an empty or missing subtitle: none). */
async function headingOf(page: Page, title: string, subtitle: string): Promise<Heading> {
  const t = page.locator(title);
  const s = page.locator(subtitle);
  const titleBox = (await t.boundingBox())!;
  const subtitleText = (await s.count()) ? (await s.innerText()).trim() : '';
  const subtitleBox = subtitleText ? (await s.boundingBox())! : null;
  return {
    title: (await t.innerText()).trim(),
    subtitle: subtitleText,
    at: [titleBox.x, titleBox.y, ...(subtitleBox ? [subtitleBox.x, subtitleBox.y] : [])],
  };
}

async function frameHeading(page: Page, path: string): Promise<Heading> {
  // without the app's code the frame stays
  await page.route(/\/main-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(path);
  await expect(page.locator('body > .boot')).toBeVisible();
  const heading = await headingOf(page, '.boot__title', '.boot__subtitle');
  await page.unrouteAll();
  return heading;
}

async function pageHeading(page: Page, path: string): Promise<Heading> {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('body > .boot')).toHaveCount(0);
  return headingOf(page, 'main .page-header__title', 'main .page-header__subtitle');
}

async function headingsOf(page: Page): Promise<Headings> {
  return page.evaluate(() => (window as unknown as { HEADINGS: Headings }).HEADINGS);
}

function checkEach(lang: 'zh-CN' | 'en', only?: string[]) {
  test(`each page's heading is in the frame, where the page draws it (${lang})`, async ({
    page,
  }) => {
    await page.goto('/login');
    const paths = Object.keys(await headingsOf(page)).filter((p) => !only || only.includes(p));
    expect(paths.length).toBeGreaterThan(0);
    // two loads per page: on a phone, 24 pages took 52 s of the default 60 s, on a loaded machine more
    test.setTimeout(paths.length * 5_000);
    let user = '';
    for (const path of paths.sort((a, b) => userFor(a).localeCompare(userFor(b)))) {
      if (userFor(path) !== user) {
        user = userFor(path);
        await page.evaluate(() => localStorage.clear());
        await signIn(page, user);
        if (lang === 'en') await switchLanguage(page, 'en');
      }
      const shown = await frameHeading(page, path);
      expect(shown.title, `${path}: the frame shows a heading`).not.toBe('');
      const drawn = await pageHeading(page, path);
      // a subtitle that is not fixed text (a company's name, a count) comes with the app
      if (!shown.subtitle) drawn.at.splice(2);
      expect({ ...drawn, subtitle: shown.subtitle && drawn.subtitle }, path).toEqual(shown);
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  checkEach('zh-CN');
});

test.describe('on a desktop', () => {
  checkEach('en', [
    '/procurement/catalog',
    '/welfare/store',
    '/approvals',
    '/budgets',
    '/admin/users',
    '/travel',
  ]);
});

test('a page without a fixed heading shows the bare frame', async ({ page }) => {
  await signIn(page, 'buyer@c1.example');
  await page.route(/\/main-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/procurement/orders/o-1'); // (an order's heading is its code)
  await expect(page.locator('body > .boot .boot__bar')).toBeVisible();
  await expect(page.locator('body > .boot .boot__main')).toBeHidden();
});

/** Where the first `count` pictures matching `selector` are, in CSS pixels, once they have loaded. */
async function picturesAt(page: Page, selector: string, count: number): Promise<number[][]> {
  const first = (all: Element[], n: number) =>
    all.slice(0, n).map((p) => {
      const box = p.getBoundingClientRect();
      const loaded = (p as HTMLImageElement).naturalWidth > 0;
      return loaded ? [box.left, box.top, box.width, box.height].map(Math.round) : null;
    });
  const pictures = page.locator(selector);
  await expect
    .poll(async () => (await pictures.evaluateAll(first, count)).filter(Boolean).length)
    .toBe(count);
  return (await pictures.evaluateAll(first, count)) as number[][];
}

/**
 * Opens `path` as a buyer, the app held back (the frame stays), until the first pictures are asked
 * for: in the same task, they are put into the frame if it shows them.
 */
async function openUntilPictures(page: Page, path: string): Promise<void> {
  await signIn(page, 'buyer@c1.example');
  await page.route('**/api/me', () => undefined); // never answered
  const pictures = page.waitForRequest(/\/api\/images\//);
  await page.goto(path);
  await pictures;
}

// The largest paint of the catalog, a product page and the gift store is a picture: index.html's
// script starts a returning user's read of it as the page begins to load, and on a phone the frame
// shows it as soon as the read answers, where the page then draws it.
test.describe('pictures on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // [page, the page's pictures, language, screen width, the pictures of its first row]
  for (const [path, drawnBy, lang, width, across] of [
    ['/procurement/catalog', 'app-product-card img', 'zh-CN', 390, 2],
    ['/procurement/catalog', 'app-product-card img', 'en', 390, 2],
    ['/procurement/catalog', 'app-product-card img', 'en', 360, 1],
    ['/procurement/products/p001377', 'img.gallery__main', 'zh-CN', 390, 1],
    ['/procurement/products/p001377', 'img.gallery__main', 'en', 360, 1],
    ['/welfare/store', 'app-recommendations-panel img', 'zh-CN', 390, 2],
    ['/welfare/store', 'app-recommendations-panel img', 'en', 360, 2],
  ] as const) {
    test(`${path}, ${width} px: the frame shows the first pictures where the page draws them (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await signIn(page, userFor(path));
      if (lang === 'en') await switchLanguage(page, 'en');
      // the session check holds the app back: the frame stays, and the early read goes on
      const release = await holdRequests(page, '**/api/me');
      await page.goto(path);
      const inFrame = 'body > .boot .boot__pictures img:visible';
      const shown = await picturesAt(page, inFrame, across);
      await expect(page.locator(inFrame)).toHaveCount(across);
      release();
      await expect(page.locator('body > .boot')).toHaveCount(0);
      expect(await picturesAt(page, `main ${drawnBy}`, across)).toEqual(shown);
    });
  }

  test('a picture that has loaded waits for the stylesheet: drawn unstyled, its first paint would be small', async ({
    page,
  }) => {
    // the frame's picture rules come with the stylesheet, not with the critical CSS inlined into
    // index.html, and the browser takes a picture's largest paint at its first paint
    await signIn(page, 'buyer@c1.example');
    const release = await holdRequests(page, '**/api/me');
    const releaseStyles = await holdRequests(page, /\/styles-\w+\.css$/);
    const picture = page.waitForResponse(/\/api\/images\//);
    await page.goto('/procurement/products/p001377', { waitUntil: 'commit' });
    await (await picture).finished();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(page.locator('body > .boot .boot__pictures img')).toHaveCount(0);
    releaseStyles();
    const shown = await picturesAt(page, 'body > .boot .boot__pictures img:visible', 1);
    release();
    await expect(page.locator('body > .boot')).toHaveCount(0);
    expect(await picturesAt(page, 'main img.gallery__main', 1)).toEqual(shown);
  });

  test('a search has no pictures in the frame: its chips and notes would move them', async ({
    page,
  }) => {
    await openUntilPictures(page, '/procurement/catalog?q=%E7%BA%B8');
    await expect(page.locator('body > .boot .boot__title')).toBeVisible();
    await expect(page.locator('body > .boot .boot__pictures')).toHaveCount(0);
  });
});

test('on a desktop the frame shows no pictures: the page draws them beside its filters', async ({
  page,
}) => {
  await openUntilPictures(page, '/procurement/catalog');
  await expect(page.locator('body > .boot .boot__pictures img')).toHaveCount(2);
  await expect(page.locator('body > .boot .boot__pictures img:visible')).toHaveCount(0);
});

/** The text of each of `selectors`, where it starts and its height, in CSS pixels (a block's width is
 * its container's, not its text's). */
async function drawn(page: Page, selectors: string[]): Promise<[string, number[]][]> {
  const each = selectors.map(async (selector) => {
    const e = page.locator(selector);
    const box = (await e.boundingBox())!;
    const at = [box.x, box.y, box.height].map(Math.round);
    return [(await e.innerText()).trim(), at] as [string, number[]];
  });
  return Promise.all(each);
}

// A buyer's home: the frame greets them as the page does, and on a phone shows their procurement
// budget left (the page's largest paint) as soon as index.html's read of the budgets answers.
test.describe("a buyer's home", () => {
  for (const [lang, width] of [
    ['zh-CN', 390],
    ['en', 390],
    ['en', 360], // the greeting takes two lines, and the company's name is cut short
  ] as const) {
    test(`on a phone, ${width} px: the greeting and the budget left, where the page draws them (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await signIn(page, 'buyer@c1.example');
      if (lang === 'en') await switchLanguage(page, 'en');
      const release = await holdRequests(page, '**/api/me');
      await page.goto('/');
      await expect(page.locator('body > .boot .boot__budget')).toBeVisible();
      const shown = await drawn(page, [
        '.boot__title',
        '.boot__budget p:first-child',
        '.boot__budget p + p',
      ]);
      release();
      await expect(page.locator('body > .boot')).toHaveCount(0);
      const budget = '[data-testid=home-procurement] .card--budget';
      await expect(page.getByTestId('budget-left')).toBeVisible();
      expect(
        await drawn(page, [
          'main h1',
          `${budget} .card__label`,
          `${budget} [data-testid=budget-left]`,
        ]),
      ).toEqual(shown);
      await expect(page.locator('main .page-header__subtitle')).toHaveJSProperty(
        'offsetHeight',
        20,
      );
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('without procurement budgets the frame shows no figure: the page says there is none', async ({
      page,
    }) => {
      await signIn(page, 'buyer@c1.example');
      const release = await holdRequests(page, '**/api/me');
      await page.route(/\/api\/budgets\?/, (route) =>
        route.fulfill({ json: [], headers: { 'x-total-count': '0' } }),
      );
      const answered = page.waitForResponse(/\/api\/budgets\?/);
      await page.goto('/');
      await answered;
      await expect(page.locator('body > .boot .boot__title')).toBeVisible();
      await expect(page.locator('body > .boot .boot__budget')).toHaveCount(0);
      release();
      await expect(page.getByText('暂无可用的预算')).toBeVisible();
    });
  });

  test('on a desktop the frame greets them where the page does, and shows no figure', async ({
    page,
  }) => {
    await signIn(page, 'buyer@c1.example');
    const release = await holdRequests(page, '**/api/me');
    await page.goto('/');
    await expect(page.locator('body > .boot .boot__title')).toBeVisible();
    const shown = await drawn(page, ['.boot__title']);
    await expect(page.locator('body > .boot .boot__budget')).toHaveCount(1);
    await expect(page.locator('body > .boot .boot__budget')).toBeHidden();
    release();
    await expect(page.locator('body > .boot')).toHaveCount(0);
    expect(await drawn(page, ['main h1'])).toEqual(shown);
  });
});

// Anyone else's home starts with other things than the procurement budget: the frame greets them,
// where the page does.
for (const [user, lang, width] of [
  ['hr@c1.example', 'zh-CN', 390],
  ['employee@c1.example', 'en', 390],
  ['admin@c1.example', 'zh-CN', 1280],
] as const) {
  test(`${user}'s home, ${width} px: the greeting, where the page draws it (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await signIn(page, user);
    if (lang === 'en') await switchLanguage(page, 'en');
    const release = await holdRequests(page, '**/api/me');
    await page.goto('/');
    await expect(page.locator('body > .boot .boot__title')).toBeVisible();
    const shown = await drawn(page, ['.boot__title']);
    release();
    await expect(page.locator('body > .boot')).toHaveCount(0);
    expect(await drawn(page, ['main h1'])).toEqual(shown);
  });
}

// index.html's script starts these pages' reads as the page begins to load (its READS): each must be
// the page's own read, which the page is then served, or the page would read a second time.
for (const [path, reads, drawn] of [
  ['/', /\/api\/budgets\?/, '[data-testid=budget-left]'],
  ['/procurement/catalog', /\/api\/products\?/, 'app-product-card img'],
  ['/procurement/products/p001377', /\/api\/products\/p001377$/, 'img.gallery__main'],
  ['/welfare/store', /\/api\/welfare\/recommendations/, 'app-recommendations-panel img'],
] as const) {
  test(`${path}: its first read starts before the app's code and is the page's own`, async ({
    page,
  }) => {
    await signIn(page, userFor(path));
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await page.goto(path);
    await expect(page.locator(`main ${drawn}`).first()).toBeVisible();
    const read = asked.filter((url) => reads.test(url));
    expect(read, 'the page read it once').toHaveLength(1);
    expect(asked.indexOf(read[0]!), 'before the session check').toBeLessThan(
      asked.indexOf('/api/me'),
    );
  });

  // The page is made in one task and given the read's answer in the next (two shorter tasks on a
  // phone); the frame must stay up in between, or the page would show its loading state first.
  test(`${path}: the frame gives way to the page with what it read, not to its loading state`, async ({
    page,
  }) => {
    await signIn(page, userFor(path));
    await page.addInitScript((drawn) => {
      const seen = { frame: false, drawnOnFirstFrameAfter: null as boolean | null };
      (window as unknown as { frameLeft: typeof seen }).frameLeft = seen;
      new MutationObserver((_, observer) => {
        if (document.querySelector('body > .boot')) seen.frame = true;
        else if (seen.frame) {
          observer.disconnect();
          requestAnimationFrame(() => {
            seen.drawnOnFirstFrameAfter = !!document.querySelector(`main ${drawn}`);
          });
        }
      }).observe(document, { childList: true, subtree: true });
    }, drawn);
    // the app held back until the read has answered: the answer is there when the page asks
    const release = await holdRequests(page, '**/api/me');
    const answered = page.waitForResponse((r) =>
      reads.test(new URL(r.url()).pathname + new URL(r.url()).search),
    );
    await page.goto(path);
    await answered;
    release();
    await expect(page.locator('body > .boot')).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { frameLeft: { drawnOnFirstFrameAfter: boolean | null } })
              .frameLeft.drawnOnFirstFrameAfter,
        ),
      )
      .toBe(true);
  });
}

// The largest paint of these pages on a phone is in the frame (their heading, or the first pictures
// the page reads), seconds before the app's code has run there (Lighthouse's largest contentful
// paint): the page must then draw no text or picture larger than it, or the largest paint waits for
// the app. The browser's own measure says, as Lighthouse's does; the screen is the phone Lighthouse
// emulates.
test.describe('the largest paint on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  for (const [path, lang, user] of [
    ['/', 'zh-CN'],
    ['/', 'en'],
    ['/', 'zh-CN', 'hr@c1.example'],
    ['/', 'en', 'employee@c1.example'],
    ['/', 'zh-CN', 'admin@c1.example'],
    ['/procurement/import', 'zh-CN'],
    ['/procurement/import', 'en'],
    ['/admin/settings', 'zh-CN'],
    ['/admin/settings', 'en'],
    ['/procurement/cart', 'zh-CN'],
    ['/approvals', 'zh-CN'],
    ['/budgets', 'en'],
    ['/travel', 'zh-CN'],
    ['/procurement/catalog', 'zh-CN'],
    ['/procurement/products/p001377', 'en'],
    ['/welfare/store', 'zh-CN'],
  ] as const) {
    test(`${path} (${lang}, ${user ?? userFor(path)}): the largest paint is the frame's, the page draws nothing larger`, async ({
      page,
    }) => {
      await signIn(page, user ?? userFor(path));
      if (lang === 'en') await switchLanguage(page, 'en');
      await page.addInitScript(() => {
        const painted: string[] = ((window as unknown as { painted: string[] }).painted = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEntry[] & { element: Element }[]) {
            const e = entry.element;
            const text = e?.localName === 'img' ? 'a picture' : e?.textContent?.trim();
            painted.push(
              e?.closest('.boot') ? `frame: ${text}` : `${e?.localName}.${e?.className}`,
            );
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      const largest = () =>
        page.evaluate(() => (window as unknown as { painted: string[] }).painted.at(-1));
      const twoFrames = () =>
        page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
      // the session check holds the app back until the frame has painted
      const release = await holdRequests(page, '**/api/me');
      await page.goto(path);
      if (path === '/' && !user) {
        // a buyer's home: the greeting or, once the read has answered, the figure, whichever is
        // larger (the browser sizes a text by its box), must be reported before the app comes in;
        // it is reported some frames after its paint (on a busy machine, more than two)
        await expect(page.locator('body > .boot .boot__budget')).toBeVisible();
        const larger = await page.evaluate(() => {
          const sized = ['.boot__title', '.boot__budget p + p'].map((selector) => {
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(`body > .boot ${selector}`)!);
            const box = range.getBoundingClientRect();
            return { text: range.toString().trim(), area: box.width * box.height };
          });
          return sized.sort((a, b) => b.area - a.area)[0].text;
        });
        await expect.poll(largest).toBe(`frame: ${larger}`);
      }
      // a page whose first pictures the frame shows: they are larger than its heading
      const pictures = /^\/(procurement\/(catalog|products)|welfare\/store)/.test(path);
      const theFrames = pictures ? 'frame: a picture' : /^frame/;
      await expect.poll(largest).toMatch(theFrames);
      release();
      await expect(page.locator('body > .boot')).toHaveCount(0);
      await settled(page);
      await twoFrames(); // for the page's paint to be measured
      expect(await largest()).toMatch(theFrames);
    });
  }
});

// A page's first screen formats its numbers, dates, lists and plurals by hand
// (src/app/core/i18n/format.ts): the first Intl formatter or locale-aware call a page makes loads the
// browser's locale data, a task of 40-100 ms in a desktop Chromium (several times that on a phone)
// in the middle of a render.
test.describe("a page's first screen asks nothing of the browser's Intl", () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  for (const [path, lang, user] of [
    ['/', 'zh-CN'],
    ['/', 'en', 'hr@c1.example'],
    ['/', 'zh-CN', 'employee@c1.example'],
    ['/', 'en', 'admin@c1.example'],
    ['/procurement/catalog', 'en'],
    ['/procurement/products/p001377', 'zh-CN'],
    ['/procurement/cart', 'en'],
    ['/procurement/import', 'zh-CN'],
    ['/approvals', 'en'],
    ['/budgets', 'zh-CN'],
    ['/admin/settings', 'en'],
    ['/welfare/store', 'en'],
    ['/travel', 'zh-CN'],
    ['/travel/policy', 'en', 'admin@c1.example'],
  ] as const) {
    test(`${path} (${lang}, ${user ?? userFor(path)})`, async ({ page }) => {
      await signIn(page, user ?? userFor(path));
      if (lang === 'en') await switchLanguage(page, 'en');
      await page.addInitScript(() => {
        const asked: string[] = ((window as unknown as { askedIntl: string[] }).askedIntl = []);
        const note = (name: string) => asked.push(`${name}: ${new Error().stack?.split('\n')[3]}`);
        const intl = Intl as unknown as Record<string, object>;
        for (const name of Object.getOwnPropertyNames(Intl).filter((n) => /^[A-Z]/.test(n))) {
          intl[name] = new Proxy(intl[name]!, {
            construct: (target, args) => (note(name), Reflect.construct(target as never, args)),
            apply: (target, self, args) => (note(name), Reflect.apply(target as never, self, args)),
          });
        }
        for (const [proto, name] of [
          [Number.prototype, 'toLocaleString'],
          [Date.prototype, 'toLocaleString'],
          [Date.prototype, 'toLocaleDateString'],
          [Date.prototype, 'toLocaleTimeString'],
          [String.prototype, 'localeCompare'],
        ] as const) {
          const original = Reflect.get(proto, name) as (...args: unknown[]) => unknown;
          Reflect.set(proto, name, function (this: unknown, ...args: unknown[]) {
            note(name);
            return original.apply(this, args);
          });
        }
      });
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await settled(page);
      await expect(page.locator('body > .boot')).toHaveCount(0);
      const asked = await page.evaluate(
        () => (window as unknown as { askedIntl: string[] }).askedIntl,
      );
      expect(asked).toEqual([]);
    });
  }
});
