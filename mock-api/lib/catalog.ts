// The read-mostly catalog (categories, suppliers, products) and travel inventory, loaded once from the
// catalog file next to DB_FILE and indexed in memory at startup. Nothing here is written at runtime,
// so catalog reads never touch the mutable database and writes never touch the catalog.
//
// Indexes: a lowercase search string per product (name, nameEn, brand, brand in English, sku) with an
// inverted index of its bigrams and non-ASCII characters (a word's rarest gram gives the candidates); the
// first-tier price, stock, lead time and category/supplier ordinals in typed arrays; product orders
// presorted by price, lead time and name. A query scans at most the candidate list once (≈ 2–5 ms at
// 50,000 products) and sorts only the matches when sorting by relevance.
import { readFileSync } from 'node:fs';
import { isVatRate, type Category, type Product, type Supplier } from '../../src/domain/index.ts';
import { vatRateForCategory } from '../seed/reference.ts';
import { alternativesOf, hasHan, queryWords } from './search-words.ts';

export type CatalogSupplier = Supplier & {
  brand?: string;
  brandEn?: string;
  origin?: string;
  categoryIds?: string[];
};
export type CatalogCategory = Category & { code?: string; glyph?: string; color?: string };

export interface ProductQuery {
  q?: string;
  categoryId?: string;
  supplierId?: string[];
  brand?: string[];
  channel?: 'procurement' | 'welfare';
  priceMin?: number;
  priceMax?: number;
  pointsMin?: number;
  pointsMax?: number;
  inStock?: boolean;
  ids?: string[];
  sku?: string[];
  sort?: 'relevance' | 'price' | 'leadTimeDays' | 'name' | 'stock' | 'pointsPrice';
  order?: 'asc' | 'desc';
  page: number;
  limit: number;
}

export interface Facets {
  total: number;
  brands: { brand: string; brandEn: string; count: number }[];
  suppliers: { id: string; name: string; nameEn: string; count: number }[];
  categories: { id: string; count: number }[];
  price: { minFen: number; maxFen: number } | null;
}

export class Catalog {
  readonly categories: CatalogCategory[];
  readonly suppliers: CatalogSupplier[];
  readonly products: Product[];
  readonly travel: { cities: unknown[]; flights: unknown[]; trains: unknown[]; hotels: unknown[] };
  private readonly byId = new Map<string, number>();
  private readonly bySku = new Map<string, number>();
  private readonly supplierById = new Map<string, CatalogSupplier>();
  private readonly categoryById = new Map<string, CatalogCategory>();
  private readonly hay: string[];
  private readonly nameLower: string[];
  private readonly skuLower: string[];
  private readonly brandLower: string[];
  private readonly price: Float64Array;
  private readonly points: Float64Array;
  private readonly stock: Float64Array;
  private readonly lead: Float64Array;
  private readonly welfare: Uint8Array;
  private readonly procurement: Uint8Array;
  private readonly catOrd: Uint16Array;
  private readonly supOrd: Uint16Array;
  private readonly brandOrd: Uint16Array;
  private readonly brands: string[] = [];
  private readonly brandsEn: string[] = [];
  /** Lowercase brand, Chinese or English → brand ordinal. */
  private readonly brandByName = new Map<string, number>();
  /** Category id → ordinals of itself and all descendants. */
  private readonly subtree = new Map<string, number[]>();
  /** Category ordinal → product indexes. */
  private readonly byCategory: number[][];
  private readonly bySupplier: number[][];
  private readonly sorted = new Map<string, Uint32Array>();
  /** Inverted text index: bigram (two UTF-16 units) and single non-ASCII character → product indexes, ascending. */
  private readonly grams = new Map<number, number[]>();

  constructor(data: {
    categories: CatalogCategory[];
    suppliers: CatalogSupplier[];
    products: Product[];
    cities?: unknown[];
    flights?: unknown[];
    trains?: unknown[];
    hotels?: unknown[];
  }) {
    this.categories = data.categories;
    this.suppliers = data.suppliers;
    this.products = data.products;
    this.travel = {
      cities: data.cities ?? [],
      flights: data.flights ?? [],
      trains: data.trains ?? [],
      hotels: data.hotels ?? [],
    };
    const n = this.products.length;
    const catIndex = new Map(this.categories.map((c, i) => [c.id, i]));
    const supIndex = new Map(this.suppliers.map((s, i) => [s.id, i]));
    for (const c of this.categories) this.categoryById.set(c.id, c);
    for (const s of this.suppliers) this.supplierById.set(s.id, s);
    for (const c of this.categories) {
      const ords: number[] = [];
      const walk = (id: string) => {
        ords.push(catIndex.get(id)!);
        for (const child of this.categories) if (child.parentId === id) walk(child.id);
      };
      walk(c.id);
      this.subtree.set(c.id, ords);
    }
    const brandIndex = new Map<string, number>();
    this.hay = new Array(n);
    this.nameLower = new Array(n);
    this.skuLower = new Array(n);
    this.brandLower = new Array(n);
    this.price = new Float64Array(n);
    this.points = new Float64Array(n);
    this.stock = new Float64Array(n);
    this.lead = new Float64Array(n);
    this.welfare = new Uint8Array(n);
    this.procurement = new Uint8Array(n);
    this.catOrd = new Uint16Array(n);
    this.supOrd = new Uint16Array(n);
    this.brandOrd = new Uint16Array(n);
    this.byCategory = this.categories.map(() => []);
    this.bySupplier = this.suppliers.map(() => []);
    for (let i = 0; i < n; i++) {
      const p = this.products[i];
      // catalog files written before products had a VAT rate: the seed's rate for the category
      if (!isVatRate(p.vatRate)) p.vatRate = vatRateForCategory(p.categoryId);
      const s = this.supplierById.get(p.supplierId);
      this.byId.set(p.id, i);
      this.bySku.set(p.sku.toLowerCase(), i);
      this.hay[i] =
        `${p.name}\u0001${p.nameEn}\u0001${p.brand}\u0001${s?.brandEn ?? ''}\u0001${p.sku}`.toLowerCase();
      this.nameLower[i] = p.name.toLowerCase();
      this.skuLower[i] = p.sku.toLowerCase();
      this.brandLower[i] = p.brand.toLowerCase();
      this.price[i] = p.priceTiers[0]?.unitPriceFen ?? 0;
      this.points[i] = p.pointsPrice ?? Number.POSITIVE_INFINITY;
      this.stock[i] = p.stock;
      this.lead[i] = p.leadTimeDays;
      this.welfare[i] = p.channels.includes('welfare') ? 1 : 0;
      this.procurement[i] = p.channels.includes('procurement') ? 1 : 0;
      const co = catIndex.get(p.categoryId) ?? 0;
      const so = supIndex.get(p.supplierId) ?? 0;
      this.catOrd[i] = co;
      this.supOrd[i] = so;
      this.byCategory[co]?.push(i);
      this.bySupplier[so]?.push(i);
      let b = brandIndex.get(p.brand);
      if (b === undefined) {
        b = this.brands.length;
        this.brands.push(p.brand);
        this.brandsEn.push(s?.brandEn ?? p.brand);
        brandIndex.set(p.brand, b);
        this.brandByName.set(p.brand.toLowerCase(), b);
        if (s?.brandEn) this.brandByName.set(s.brandEn.toLowerCase(), b);
      }
      this.brandOrd[i] = b;
    }
    // Text index: every distinct bigram of the search string, plus every distinct non-ASCII character
    // (so one-character Chinese queries such as 笔 also hit the index).
    const last = new Map<number, number>();
    const add = (key: number, i: number) => {
      if (last.get(key) === i) return;
      last.set(key, i);
      let list = this.grams.get(key);
      if (!list) this.grams.set(key, (list = []));
      list.push(i);
    };
    for (let i = 0; i < n; i++) {
      const h = this.hay[i];
      for (let j = 0; j < h.length; j++) {
        const c = h.charCodeAt(j);
        if (c > 0x7f) add(-c, i);
        if (j + 1 < h.length) add(c * 65536 + h.charCodeAt(j + 1), i);
      }
    }
    const presort = (key: string, cmp: (a: number, b: number) => number) => {
      const idx = new Uint32Array(n);
      for (let i = 0; i < n; i++) idx[i] = i;
      this.sorted.set(key, idx.sort(cmp));
    };
    presort('price', (a, b) => this.price[a] - this.price[b] || a - b);
    presort('leadTimeDays', (a, b) => this.lead[a] - this.lead[b] || a - b);
    presort('stock', (a, b) => this.stock[a] - this.stock[b] || a - b);
    presort('pointsPrice', (a, b) => this.points[a] - this.points[b] || a - b);
    const collator = new Intl.Collator('zh-CN');
    presort(
      'name',
      (a, b) => collator.compare(this.products[a].name, this.products[b].name) || a - b,
    );
  }

  static load(file: string): Catalog {
    return new Catalog(JSON.parse(readFileSync(file, 'utf8')));
  }

  product(id: string): Product | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.products[i];
  }

  productBySku(sku: string): Product | undefined {
    const i = this.bySku.get(sku.trim().toLowerCase());
    return i === undefined ? undefined : this.products[i];
  }

  supplier(id: string): CatalogSupplier | undefined {
    return this.supplierById.get(id);
  }

  category(id: string): CatalogCategory | undefined {
    return this.categoryById.get(id);
  }

  /** The category and its ancestors, root first. */
  categoryPath(id: string): CatalogCategory[] {
    const path: CatalogCategory[] = [];
    for (
      let c = this.categoryById.get(id);
      c;
      c = c.parentId ? this.categoryById.get(c.parentId) : undefined
    )
      path.unshift(c);
    return path;
  }

  /** A predicate over product indexes plus the smallest candidate list, or null when nothing can match. */
  private plan(
    q: Omit<ProductQuery, 'page' | 'limit' | 'sort' | 'order'>,
  ): { candidates: ArrayLike<number> | null; test: (i: number) => boolean } | null {
    let candidates: number[] | null = null;
    let catMask: Uint8Array | null = null;
    if (q.categoryId !== undefined) {
      const ords = this.subtree.get(q.categoryId);
      if (!ords) return null;
      catMask = new Uint8Array(this.categories.length);
      for (const o of ords) catMask[o] = 1;
      candidates = ords.flatMap((o) => this.byCategory[o]);
    }
    let supMask: Uint8Array | null = null;
    if (q.supplierId?.length) {
      supMask = new Uint8Array(this.suppliers.length);
      const lists: number[][] = [];
      for (const id of q.supplierId) {
        const o = this.suppliers.findIndex((s) => s.id === id);
        if (o >= 0) {
          supMask[o] = 1;
          lists.push(this.bySupplier[o]);
        }
      }
      const merged = lists.flat();
      if (!candidates || merged.length < candidates.length) candidates = merged;
    }
    let brandMask: Uint8Array | null = null;
    if (q.brand?.length) {
      brandMask = new Uint8Array(this.brands.length);
      for (const b of q.brand) {
        const o = this.brandByName.get(b.trim().toLowerCase()) ?? -1;
        if (o >= 0) brandMask[o] = 1;
      }
    }
    let idSet: Set<number> | null = null;
    if (q.ids?.length || q.sku?.length) {
      idSet = new Set();
      for (const id of q.ids ?? []) {
        const i = this.byId.get(id);
        if (i !== undefined) idSet.add(i);
      }
      for (const sku of q.sku ?? []) {
        const i = this.bySku.get(sku.trim().toLowerCase());
        if (i !== undefined) idSet.add(i);
      }
      candidates = [...idSet].sort((a, b) => a - b);
    }
    const words = q.q ? queryWords(q.q).map(alternativesOf) : null;
    if (words?.length) {
      const postings = this.textCandidates(words);
      if (postings && postings.length === 0) return null;
      if (postings && !idSet && (!candidates || postings.length < candidates.length))
        candidates = postings;
    }
    const { priceMin, priceMax, pointsMin, pointsMax, inStock, channel } = q;
    const test = (i: number) =>
      (!catMask || catMask[this.catOrd[i]] === 1) &&
      (!supMask || supMask[this.supOrd[i]] === 1) &&
      (!brandMask || brandMask[this.brandOrd[i]] === 1) &&
      (!idSet || idSet.has(i)) &&
      (channel === undefined ||
        (channel === 'welfare' ? this.welfare[i] === 1 : this.procurement[i] === 1)) &&
      (priceMin === undefined || this.price[i] >= priceMin) &&
      (priceMax === undefined || this.price[i] <= priceMax) &&
      (pointsMin === undefined || this.points[i] >= pointsMin) &&
      (pointsMax === undefined || this.points[i] <= pointsMax) &&
      (!inStock || this.stock[i] > 0) &&
      (!words || this.hasWords(i, words));
    return { candidates, test };
  }

  /** Each word (one of its alternatives) occurs in the product's text. Plain loops: this is the hot path. */
  private hasWords(i: number, words: string[][]): boolean {
    const hay = this.hay[i];
    for (const alts of words) {
      let found = false;
      for (const w of alts) if ((found = hay.includes(w))) break;
      if (!found) return false;
    }
    return true;
  }

  /**
   * The smallest posting list every match must be in, or null when no word has a usable gram. A word
   * with synonyms contributes the union of its alternatives' rarest lists.
   */
  private textCandidates(words: string[][]): number[] | null {
    let best: number[] | null = null;
    for (const alts of words) {
      const lists = alts.map((w) => this.rarestList(w));
      if (lists.some((l) => l === null)) continue;
      const list =
        lists.length === 1
          ? lists[0]!
          : [...new Set(lists.flatMap((l) => l!))].sort((a, b) => a - b);
      if (!best || list.length < best.length) best = list;
    }
    return best;
  }

  private rarestList(w: string): number[] | null {
    const keys: number[] = [];
    if (w.length >= 2)
      for (let j = 0; j + 1 < w.length; j++)
        keys.push(w.charCodeAt(j) * 65536 + w.charCodeAt(j + 1));
    else if (w.charCodeAt(0) > 0x7f) keys.push(-w.charCodeAt(0));
    let best: number[] | null = null;
    for (const key of keys) {
      const list = this.grams.get(key) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best;
  }

  /**
   * Relevance buckets (higher first): exact SKU, exact brand, the product's kind is what was asked for,
   * name prefix, name substring, SKU prefix, other field. "The kind" is a Chinese word of the name
   * that ends with a query word: Chinese compounds put the head noun last, so 笔 is what 中性笔 is,
   * while 笔记本 only starts with it.
   */
  private relevance(i: number, needle: string, hanWords: string[]): number {
    if (this.skuLower[i] === needle) return 6;
    const name = this.nameLower[i];
    if (this.brandLower[i] === needle) return 5;
    // A word of the name ends with the query word: "中性笔 …" for 笔. (No per-product word lists: tens of
    // thousands of small arrays make every search's garbage collection many times slower.)
    for (const w of hanWords) if (name.endsWith(w) || name.includes(w + ' ')) return 4;
    if (name.startsWith(needle)) return 3;
    if (name.includes(needle)) return 2;
    if (this.skuLower[i].startsWith(needle)) return 1;
    return 0;
  }

  /**
   * A looser query when this one finds nothing: each Chinese word that matches no product is
   * replaced by its head noun (its last character: 彩色打印纸 → 纸). Null when nothing changes.
   */
  relaxedQuery(q: string): string | null {
    let changed = false;
    const words = queryWords(q).map((w) => {
      if (!hasHan(w) || w.length < 2 || this.search({ q: w, page: 1, limit: 1 }).total > 0)
        return w;
      changed = true;
      return w.at(-1)!;
    });
    return changed ? words.join(' ') : null;
  }

  search(query: ProductQuery): { items: Product[]; total: number } {
    const plan = this.plan(query);
    if (!plan) return { items: [], total: 0 };
    const { candidates, test } = plan;
    const start = (query.page - 1) * query.limit;
    const end = start + query.limit;
    const desc = query.order === 'desc';
    const needle = query.q?.normalize('NFKC').trim().toLowerCase();
    const sort = query.sort ?? (needle ? 'relevance' : undefined);

    if (sort === 'relevance' && needle) {
      const hanWords = queryWords(needle).flatMap(alternativesOf).filter(hasHan);
      const hits: number[] = [];
      const scan = candidates ?? { length: this.products.length };
      for (let k = 0; k < scan.length; k++) {
        const i = candidates ? candidates[k] : k;
        if (test(i)) hits.push(i);
      }
      // Bucket by score (a handful of levels) instead of sorting: O(hits), catalog order within a bucket.
      const buckets: number[][] = [[], [], [], [], [], [], []];
      for (const i of hits) buckets[this.relevance(i, needle, hanWords)].push(i);
      const ranked = buckets.reverse().flat();
      if (desc) ranked.reverse();
      return { items: ranked.slice(start, end).map((i) => this.products[i]), total: ranked.length };
    }

    const order = sort && sort !== 'relevance' ? this.sorted.get(sort) : undefined;
    const items: Product[] = [];
    let total = 0;
    const take = (i: number) => {
      if (!test(i)) return;
      if (total >= start && total < end) items.push(this.products[i]);
      total++;
    };
    if (order) {
      // Walk the presorted order; with a small candidate list, sort the candidates instead.
      if (candidates && candidates.length < this.products.length / 8) {
        const rank = this.rankOf(sort!);
        const list = Array.from(candidates).sort((a, b) => rank[a] - rank[b]);
        if (desc) list.reverse();
        for (const i of list) take(i);
      } else if (desc) for (let k = order.length - 1; k >= 0; k--) take(order[k]);
      else for (let k = 0; k < order.length; k++) take(order[k]);
    } else {
      const list = candidates ? Array.from(candidates).sort((a, b) => a - b) : null;
      const n = list ? list.length : this.products.length;
      if (desc) for (let k = n - 1; k >= 0; k--) take(list ? list[k] : k);
      else for (let k = 0; k < n; k++) take(list ? list[k] : k);
    }
    return { items, total };
  }

  private ranks = new Map<string, Uint32Array>();
  private rankOf(sort: string): Uint32Array {
    let r = this.ranks.get(sort);
    if (!r) {
      const order = this.sorted.get(sort)!;
      r = new Uint32Array(order.length);
      for (let k = 0; k < order.length; k++) r[order[k]] = k;
      this.ranks.set(sort, r);
    }
    return r;
  }

  facets(query: Omit<ProductQuery, 'page' | 'limit' | 'sort' | 'order'>): Facets {
    const plan = this.plan(query);
    if (!plan) return { total: 0, brands: [], suppliers: [], categories: [], price: null };
    const { candidates, test } = plan;
    const brandCounts = new Uint32Array(this.brands.length);
    const supCounts = new Uint32Array(this.suppliers.length);
    const catCounts = new Uint32Array(this.categories.length);
    let total = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    const n = candidates ? candidates.length : this.products.length;
    for (let k = 0; k < n; k++) {
      const i = candidates ? candidates[k] : k;
      if (!test(i)) continue;
      total++;
      brandCounts[this.brandOrd[i]]++;
      supCounts[this.supOrd[i]]++;
      catCounts[this.catOrd[i]]++;
      if (this.price[i] < min) min = this.price[i];
      if (this.price[i] > max) max = this.price[i];
    }
    // Parent categories count their children's products too.
    const catTotals = this.categories.map((c) =>
      (this.subtree.get(c.id) ?? []).reduce((sum, o) => sum + catCounts[o], 0),
    );
    return {
      total,
      brands: this.brands
        .map((brand, o) => ({ brand, brandEn: this.brandsEn[o], count: brandCounts[o] }))
        .filter((b) => b.count > 0)
        .sort((a, b) => b.count - a.count || a.brand.localeCompare(b.brand)),
      suppliers: this.suppliers
        .map((s, o) => ({ id: s.id, name: s.name, nameEn: s.nameEn, count: supCounts[o] }))
        .filter((s) => s.count > 0)
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
      categories: this.categories
        .map((c, o) => ({ id: c.id, count: catTotals[o] }))
        .filter((c) => c.count > 0),
      price: total ? { minFen: min, maxFen: max } : null,
    };
  }
}
