// Catalog read path (mock-api/openapi.yaml): search, filters, sorting, paging, facets, product page
// and pictures, checked against a brute-force evaluation of the same catalog file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Product } from '../../src/domain/index.ts';
import { catalogFileFor } from '../seed/generate.ts';
import { createKit, isProblem, type Api, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let token: string;
let products: Product[];
let categories: { id: string; parentId: string | null }[];
let suppliers: { id: string; brandEn: string }[];

before(async () => {
  kit = createKit({ skus: 1500, seed: 'catalog' });
  const dbFile = kit.freshDb();
  const catalog = JSON.parse(readFileSync(catalogFileFor(dbFile), 'utf8'));
  products = catalog.products;
  categories = catalog.categories;
  suppliers = catalog.suppliers;
  api = await kit.start({ dbFile });
  token = await api.token('buyer@c1.example');
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const get = (path: string) => api.call('GET', path, { token });
const ids = (list: { id: string }[]) => list.map((p) => p.id);
const price = (p: Product) => p.priceTiers[0].unitPriceFen;
const brandEn = (p: Product) => suppliers.find((s) => s.id === p.supplierId)!.brandEn;
const matches = (p: Product, q: string) =>
  q
    .toLowerCase()
    .split(/\s+/)
    .every((w) =>
      [p.name, p.nameEn, p.brand, brandEn(p), p.sku].some((f) => f.toLowerCase().includes(w)),
    );

/** All pages of a query, following X-Total-Count. */
async function all(path: string): Promise<{ items: Product[]; total: number }> {
  const items: Product[] = [];
  let total: number;
  for (let page = 1; ; page++) {
    const r = await get(`${path}${path.includes('?') ? '&' : '?'}_page=${page}&_limit=100`);
    assert.equal(r.status, 200, r.text);
    total = Number(r.headers.get('x-total-count'));
    items.push(...r.body);
    if (r.body.length < 100) break;
  }
  assert.equal(items.length, total);
  return { items, total };
}

describe('search', () => {
  it('q is a case-insensitive substring of name, nameEn, brand or SKU', async () => {
    for (const q of ['中性笔', 'LAPTOP', 'deli', '得力', 'of01-00', 'Gel Pen 0.5']) {
      const { items, total } = await all(`/api/products?q=${encodeURIComponent(q)}`);
      const expected = products.filter((p) => matches(p, q));
      assert.ok(expected.length > 0, `${q} has matches in the data`);
      assert.equal(total, expected.length, q);
      assert.deepEqual(new Set(ids(items)), new Set(ids(expected)), q);
    }
  });

  it('the text index finds exactly what a full scan finds, for 60 substrings drawn from the data', async () => {
    for (let k = 0; k < 60; k++) {
      const p = products[(k * 7919) % products.length];
      const field = [p.name, p.nameEn, p.sku, p.brand][k % 4];
      const len = 1 + (k % 5);
      const start = (k * 31) % Math.max(1, field.length - len);
      const q = field.slice(start, start + len).trim();
      // Words that mix Latin and Chinese are split, and so are words at commas and semicolons (see the
      // everyday-words tests below): the brute-force match here knows neither.
      if (
        !q ||
        /[\s,，、;；]/.test(q) ||
        (/\p{Script=Han}/u.test(q) && /[^\p{Script=Han}]/u.test(q))
      )
        continue;
      const r = await get(`/api/products?q=${encodeURIComponent(q)}&_limit=1`);
      assert.equal(
        Number(r.headers.get('x-total-count')),
        products.filter((x) => matches(x, q)).length,
        `q=${q}`,
      );
    }
  });

  it('ranks an exact SKU first and name matches before other-field matches', async () => {
    const target = products[123];
    const r = await get(`/api/products?q=${encodeURIComponent(target.sku.toLowerCase())}&_limit=5`);
    assert.equal(r.body[0].id, target.id);
    const brand = await get(`/api/products?q=${encodeURIComponent('联想')}&_limit=100`);
    assert.ok(
      brand.body.length > 0 &&
        brand.body.every((p: Product) => p.brand === '联想' || p.name.includes('联想')),
    );
  });

  it('finds nothing for a word that is not there', async () => {
    const r = await get('/api/products?q=zzzyyyxxx');
    assert.deepEqual(r.body, []);
    assert.equal(r.headers.get('x-total-count'), '0');
    assert.equal(r.headers.get('x-search-relaxed-query'), null);
  });
});

describe('search with everyday words', () => {
  const copyPaper = () => products.filter((p) => p.name.includes('复印纸'));

  it('打印纸 finds the copy paper the catalog calls 复印纸', async () => {
    const { items } = await all(`/api/products?q=${encodeURIComponent('打印纸')}`);
    assert.ok(copyPaper().length > 0);
    assert.deepEqual(new Set(ids(items)), new Set(ids(copyPaper())));
  });

  it('a4纸, also typed full-width (Ａ４纸), finds A4 paper', async () => {
    const a4Paper = products.filter((p) => /a4/i.test(p.name) && p.name.includes('纸'));
    assert.ok(a4Paper.some((p) => p.name.includes('复印纸')));
    for (const q of ['a4纸', 'Ａ４纸', 'A4 纸']) {
      const { items } = await all(`/api/products?q=${encodeURIComponent(q)}`);
      assert.deepEqual(new Set(ids(items)), new Set(ids(a4Paper)), q);
    }
  });

  it('笔 lists pens (中性笔, 记号笔, 自动铅笔) before laptops and notebooks that only start with 笔', async () => {
    const { items } = await all(`/api/products?q=${encodeURIComponent('笔')}`);
    const isPen = (p: Product) => /(中性笔|记号笔|自动铅笔)/.test(p.name);
    const pens = items.filter(isPen).length;
    assert.ok(pens > 0 && items.some((p) => p.name.includes('笔记本')));
    assert.ok(items.slice(0, pens).every(isPen), 'every pen ranks above every other match');
  });

  it('a query that finds nothing answers for its head noun and says so', async () => {
    const r = await get(`/api/products?q=${encodeURIComponent('彩色打印纸')}&_limit=100`);
    assert.equal(decodeURIComponent(r.headers.get('x-search-relaxed-query') ?? ''), '纸');
    assert.ok(r.body.length > 0);
    assert.ok(r.body.every((p: Product) => matches(p, '纸')));
  });
});

describe('filters', () => {
  it('categoryId includes the children of a parent category', async () => {
    const parent = categories.find((c) => c.parentId === null)!;
    const children = new Set(categories.filter((c) => c.parentId === parent.id).map((c) => c.id));
    const { items } = await all(`/api/products?categoryId=${parent.id}`);
    const expected = products.filter((p) => children.has(p.categoryId));
    assert.ok(expected.length > 0);
    assert.deepEqual(ids(items), ids(expected));
    const leaf = [...children][0];
    assert.deepEqual(
      ids((await all(`/api/products?categoryId=${leaf}`)).items),
      ids(products.filter((p) => p.categoryId === leaf)),
    );
    assert.equal(
      (await get('/api/products?categoryId=cat-NOPE')).headers.get('x-total-count'),
      '0',
    );
  });

  it('supplierId, brand, channel, price range and inStock combine', async () => {
    const s = products[0].supplierId;
    const b = products[0].brand;
    const q = `/api/products?supplierId=${s}&brand=${encodeURIComponent(b)}&channels_like=procurement&priceMin=500&priceMax=500000&inStock=true`;
    const { items } = await all(q);
    const expected = products.filter(
      (p) =>
        p.supplierId === s &&
        p.brand === b &&
        p.channels.includes('procurement') &&
        price(p) >= 500 &&
        price(p) <= 500000 &&
        p.stock > 0,
    );
    assert.deepEqual(ids(items), ids(expected));
    const welfare = await all('/api/products?channel=welfare');
    assert.deepEqual(
      ids(welfare.items),
      ids(products.filter((p) => p.channels.includes('welfare'))),
    );
    assert.ok(welfare.items.every((p) => typeof p.pointsPrice === 'number'));
  });

  it('brand accepts the Chinese or the English name, several at once', async () => {
    const [zh, en] = [products[0].brand, brandEn(products[0])];
    const other = products.find((p) => p.brand !== zh)!;
    const expected = ids(products.filter((p) => p.brand === zh || p.brand === other.brand));
    assert.deepEqual(
      ids(
        (
          await all(
            `/api/products?brand=${encodeURIComponent(en.toUpperCase())},${encodeURIComponent(other.brand)}`,
          )
        ).items,
      ),
      expected,
    );
    assert.deepEqual(
      ids(
        (
          await all(
            `/api/products?brand=${encodeURIComponent(zh)}&brand=${encodeURIComponent(brandEn(other))}`,
          )
        ).items,
      ),
      expected,
    );
  });

  it('several suppliers at once (comma-separated or repeated)', async () => {
    const [a, b] = [
      products[0].supplierId,
      products.find((p) => p.supplierId !== products[0].supplierId)!.supplierId,
    ];
    const expected = ids(products.filter((p) => p.supplierId === a || p.supplierId === b));
    assert.deepEqual(ids((await all(`/api/products?supplierId=${a},${b}`)).items), expected);
    assert.deepEqual(
      ids((await all(`/api/products?supplierId=${a}&supplierId=${b}`)).items),
      expected,
    );
  });

  it('looks products up by sku for bulk import', async () => {
    const skus = [products[5].sku, products[9].sku.toLowerCase(), 'NOPE-1'];
    const r = await get(`/api/products?sku=${skus.join(',')}`);
    assert.deepEqual(ids(r.body), [products[5].id, products[9].id]);
  });

  it('rejects invalid parameters with per-parameter errors', async () => {
    const r = await get(
      '/api/products?priceMin=abc&_sort=color&_order=up&channels_like=gifts&inStock=maybe',
    );
    assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'));
    assert.deepEqual(r.body.errors.map((e: { path: string }) => e.path).sort(), [
      '_order',
      '_sort',
      'channels_like',
      'inStock',
      'priceMin',
    ]);
  });
});

describe('sorting and paging', () => {
  it('sorts by price, lead time and name, both ways, stable by catalog order', async () => {
    const cat = categories.find((c) => c.parentId !== null)!.id;
    const base = products.filter((p) => p.categoryId === cat);
    const collator = new Intl.Collator('zh-CN');
    const cases: [string, (a: Product, b: Product) => number][] = [
      ['price', (a, b) => price(a) - price(b)],
      ['leadTimeDays', (a, b) => a.leadTimeDays - b.leadTimeDays],
      ['name', (a, b) => collator.compare(a.name, b.name)],
    ];
    for (const [key, cmp] of cases) {
      const asc = (await all(`/api/products?categoryId=${cat}&_sort=${key}`)).items;
      const expected = [...base].sort(
        (a, b) => cmp(a, b) || products.indexOf(a) - products.indexOf(b),
      );
      assert.deepEqual(ids(asc), ids(expected), `${key} asc`);
      const desc = (await all(`/api/products?categoryId=${cat}&_sort=${key}&_order=desc`)).items;
      for (let i = 1; i < desc.length; i++)
        assert.ok(cmp(desc[i - 1], desc[i]) >= 0, `${key} desc`);
    }
    // Over the whole catalog (presorted index path).
    const top = (await get('/api/products?_sort=price&_order=desc&_limit=10')).body;
    assert.deepEqual(
      top.map(price),
      products
        .map(price)
        .sort((a, b) => b - a)
        .slice(0, 10),
    );
  });

  it('pages are consecutive slices; _limit is capped at 100', async () => {
    const page1 = (await get('/api/products?_sort=price&_page=1&_limit=7')).body;
    const page2 = (await get('/api/products?_sort=price&_page=2&_limit=7')).body;
    const first14 = (await get('/api/products?_sort=price&_limit=14')).body;
    assert.deepEqual(ids([...page1, ...page2]), ids(first14));
    const capped = await get('/api/products?_limit=1000');
    assert.equal(capped.body.length, 100);
    assert.equal(capped.headers.get('x-total-count'), String(products.length));
    assert.deepEqual((await get('/api/products?_page=999&_limit=100')).body, []);
  });
});

describe('facets, product page, pictures, categories, suppliers', () => {
  it('facets count brands, suppliers and categories of the filtered set', async () => {
    const q = '笔';
    const r = await get(`/api/products/facets?q=${encodeURIComponent(q)}&inStock=true`);
    const expected = products.filter((p) => matches(p, q) && p.stock > 0);
    assert.equal(r.body.total, expected.length);
    const brandCounts = new Map<string, number>();
    for (const p of expected) brandCounts.set(p.brand, (brandCounts.get(p.brand) ?? 0) + 1);
    assert.deepEqual(
      new Map(r.body.brands.map((b: { brand: string; count: number }) => [b.brand, b.count])),
      brandCounts,
    );
    for (const b of r.body.brands)
      assert.equal(b.brandEn, brandEn(expected.find((p) => p.brand === b.brand)!));
    assert.equal(
      r.body.suppliers.reduce((s: number, x: { count: number }) => s + x.count, 0),
      expected.length,
    );
    assert.equal(r.body.price.minFen, Math.min(...expected.map(price)));
  });

  it('GET /api/products/:id answers the product with its supplier and category path; 404 otherwise', async () => {
    const p = products[42];
    const r = await get(`/api/products/${p.id}`);
    assert.equal(r.status, 200);
    const { supplier, categoryPath, ...rest } = r.body;
    assert.deepEqual(rest, p);
    assert.equal(supplier.id, p.supplierId);
    assert.equal(typeof supplier.rating, 'number');
    assert.equal(categoryPath.at(-1).id, p.categoryId);
    assert.equal(categoryPath.length, 2);
    assert.ok(isProblem(await get('/api/products/p999999'), 404, 'NOT_FOUND'));
  });

  it('serves a generated SVG picture for each product, without a token', async () => {
    const r = await api.call('GET', products[3].image);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type')!, /^image\/svg\+xml/);
    assert.match(r.text, /^<svg[\s\S]*<\/svg>$/);
    assert.equal((await api.call('GET', products[3].image)).text, r.text, 'deterministic');
    assert.ok(isProblem(await api.call('GET', '/api/images/products/nope.svg'), 404, 'NOT_FOUND'));
  });

  it('pictures show the product kind: one drawing per kind, the same for every product of it', async () => {
    const picture = async (p: Product) => (await api.call('GET', p.image)).text;
    const drawing = (svg: string) =>
      /<g transform="translate[^>]*>([\s\S]*?)<\/g>\n/.exec(svg)?.[1];
    const kinds = ['笔记本电脑', '中性笔', '饮用天然水', '锂电冲击钻', '安全帽'].map((kind) =>
      products.filter((p) => p.name.includes(kind)).slice(0, 2),
    );
    const drawings: string[] = [];
    for (const [a, b] of kinds) {
      assert.ok(a && b, 'two products of each kind');
      const [da, db] = [drawing(await picture(a)), drawing(await picture(b))];
      assert.ok(da, a.name);
      assert.equal(da, db, `${a.name} and ${b.name} are drawn alike`);
      assert.doesNotMatch(await picture(a), /font-size="120"/, 'no large character');
      drawings.push(da!);
    }
    assert.equal(new Set(drawings).size, drawings.length, 'every kind is drawn differently');
  });

  it('categories form a two-level tree; suppliers carry ratings', async () => {
    const cats = (await get('/api/categories')).body as { id: string; parentId: string | null }[];
    assert.equal(cats.length, categories.length);
    const roots = new Set(cats.filter((c) => c.parentId === null).map((c) => c.id));
    assert.ok(cats.every((c) => c.parentId === null || roots.has(c.parentId)));
    const children = (await get(`/api/categories?parentId=${[...roots][0]}`)).body;
    assert.ok(
      children.length > 0 &&
        children.every((c: { parentId: string }) => c.parentId === [...roots][0]),
    );
    const sups = (await get('/api/suppliers?_sort=rating&_order=desc')).body as {
      rating: number;
    }[];
    assert.equal(sups.length, suppliers.length);
    for (let i = 1; i < sups.length; i++) assert.ok(sups[i - 1].rating >= sups[i].rating);
  });
});

describe('batch SKU lookup (quick order, bulk import)', () => {
  const lookup = (skus: unknown) =>
    api.call('POST', '/api/products/lookup', { token, body: { skus } });

  it('resolves known SKUs in one request, case-insensitively, and leaves unknown ones out', async () => {
    const wanted = products.slice(0, 300).map((p) => p.sku);
    const r = await lookup([...wanted, 'NO-SUCH-SKU', wanted[0].toLowerCase()]);
    assert.equal(r.status, 200);
    assert.deepEqual(
      new Set((r.body as { products: Product[] }).products.map((p) => p.sku)),
      new Set(wanted),
    );
  });

  it('takes 1 to 500 SKUs and nothing else', async () => {
    assert.ok(isProblem(await lookup([]), 400, 'VALIDATION_FAILED'));
    assert.ok(
      isProblem(await lookup(products.slice(0, 501).map((p) => p.sku)), 400, 'VALIDATION_FAILED'),
    );
    assert.ok(isProblem(await lookup('A-1'), 400, 'VALIDATION_FAILED'));
    assert.ok(
      isProblem(
        await api.call('POST', '/api/products/lookup', { body: { skus: ['A'] } }),
        401,
        'UNAUTHENTICATED',
      ),
    );
  });
});
