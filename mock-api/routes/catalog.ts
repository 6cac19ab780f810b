// Catalog read path (mock-api/openapi.yaml): products from the in-memory indexed catalog.
//   GET /api/products            search/filter/sort/page (see openapi.yaml), X-Total-Count
//   GET /api/products/facets     brand/supplier/category counts and price range for the same filters
//   GET /api/products/:id        one product with its supplier and category path
//   POST /api/products/lookup    { skus } → { products }: up to 500 SKU codes in one request (unknown ones absent)
//   GET /api/images/products/:id.svg   a generated picture (public: <img> cannot send a token)
// Categories and suppliers are served by routes/generic.ts (json-server router).
import type { Request } from 'express';
import type { FieldError } from '../../src/domain/index.ts';
import type { ProductQuery } from '../lib/catalog.ts';
import type { RouteModule } from '../lib/context.ts';
import { productLookupCommandSchema } from '../../src/domain/schemas.ts';
import { fail, handler, pageParams, parseBody, q1, qAll, sendList } from '../lib/http.ts';
import { productSvg } from '../lib/images.ts';
import { stockLevels } from '../services/welfare-service.ts';

const SORTS = ['relevance', 'price', 'leadTimeDays', 'name', 'stock', 'pointsPrice'] as const;

/** Query string → ProductQuery, or 400 VALIDATION_FAILED listing every bad parameter. */
export function productQueryOf(query: Request['query']): ProductQuery {
  const errors: FieldError[] = [];
  const num = (key: string): number | undefined => {
    const raw = q1(query, key);
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0)
      errors.push({ path: key, message: 'Must be a non-negative number' });
    return n;
  };
  const channelRaw = q1(query, 'channels_like') ?? q1(query, 'channel');
  if (channelRaw !== undefined && channelRaw !== 'welfare' && channelRaw !== 'procurement')
    errors.push({
      path: q1(query, 'channels_like') !== undefined ? 'channels_like' : 'channel',
      message: 'Must be procurement or welfare',
    });
  const sortRaw = q1(query, '_sort');
  const sortKey = sortRaw === 'priceFen' || sortRaw === 'unitPriceFen' ? 'price' : sortRaw;
  if (sortKey !== undefined && !(SORTS as readonly string[]).includes(sortKey))
    errors.push({ path: '_sort', message: `Must be one of ${SORTS.join(', ')}` });
  const orderRaw = q1(query, '_order')?.toLowerCase();
  if (orderRaw !== undefined && orderRaw !== 'asc' && orderRaw !== 'desc')
    errors.push({ path: '_order', message: 'Must be asc or desc' });
  const inStockRaw = q1(query, 'inStock');
  if (inStockRaw !== undefined && inStockRaw !== 'true' && inStockRaw !== 'false')
    errors.push({ path: 'inStock', message: 'Must be true or false' });
  const q: ProductQuery = {
    q: q1(query, 'q') || undefined,
    categoryId: q1(query, 'categoryId') || undefined,
    supplierId: qAll(query, 'supplierId'),
    brand: qAll(query, 'brand'),
    channel: channelRaw as ProductQuery['channel'],
    priceMin: num('priceMin'),
    priceMax: num('priceMax'),
    pointsMin: num('pointsMin'),
    pointsMax: num('pointsMax'),
    inStock: inStockRaw === 'true',
    ids: qAll(query, 'id'),
    sku: qAll(query, 'sku'),
    sort: sortKey as ProductQuery['sort'],
    order: orderRaw as ProductQuery['order'],
    ...pageParams(query),
  };
  if (errors.length) fail('VALIDATION_FAILED', 'Some query parameters are invalid.', errors);
  return q;
}

export const registerCatalog: RouteModule = (app, ctx) => {
  const { catalog } = ctx;

  app.get(
    '/api/images/products/:file',
    handler((req, res) => {
      const id = String(req.params['file']).replace(/\.svg$/, '');
      const p = catalog.product(id);
      if (!p) fail('NOT_FOUND', `No picture for product ${id}.`);
      res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
      res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
      res.end(productSvg(p, catalog.categoryPath(p.categoryId)));
    }),
  );

  app.get(
    '/api/products/facets',
    ctx.auth.authenticate,
    handler((req, res) => {
      const { page: _p, limit: _l, sort: _s, order: _o, ...filters } = productQueryOf(req.query);
      res.json(catalog.facets(filters));
    }),
  );

  app.get(
    '/api/products',
    ctx.auth.authenticate,
    handler((req, res) => {
      const query = productQueryOf(req.query);
      const found = catalog.search(query);
      // Nothing found: answer for a looser query instead of an empty page, and say which one.
      const relaxed = found.total === 0 && query.q ? catalog.relaxedQuery(query.q) : null;
      if (!relaxed) return sendList(res, found);
      res.setHeader('X-Search-Relaxed-Query', encodeURIComponent(relaxed));
      sendList(res, catalog.search({ ...query, q: relaxed }));
    }),
  );

  // A query, not a command: it reads the catalog only, so it needs no transaction or idempotency key.
  app.post(
    '/api/products/lookup',
    ctx.auth.authenticate,
    handler((req, res) => {
      const { skus } = parseBody(productLookupCommandSchema, req.body ?? {});
      const products = [...new Set(skus.map((s) => s.toLowerCase()))]
        .map((sku) => catalog.productBySku(sku))
        .filter((p) => p !== undefined);
      res.json({ products });
    }),
  );

  app.get(
    '/api/products/:id',
    ctx.auth.authenticate,
    handler((req, res) => {
      const p = catalog.product(req.params['id']!) ?? catalog.productBySku(req.params['id']!);
      if (!p) fail('NOT_FOUND', `Product ${req.params['id']} was not found.`);
      const s = catalog.supplier(p.supplierId);
      res.json({
        ...p,
        // A welfare gift's stock is what redemptions left of it.
        stock:
          p.channels.includes('welfare') && p.pointsPrice
            ? stockLevels(ctx.store.reader, ctx.nowIso())(p)
            : p.stock,
        supplier: s ? { id: s.id, name: s.name, nameEn: s.nameEn, rating: s.rating } : null,
        categoryPath: catalog
          .categoryPath(p.categoryId)
          .map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn })),
      });
    }),
  );
};
