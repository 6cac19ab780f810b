// Product pictures generated locally as SVG (never fetched): a card in the category's colour with the
// category glyph, the brand's first character and the product's short name. Deterministic per product.
import type { Product } from '../../src/domain/index.ts';
import type { CatalogCategory } from './catalog.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function hue(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 360;
}

export function productSvg(p: Product, category: CatalogCategory | undefined): string {
  const base = category?.color ?? '#607d8b';
  const accent = `hsl(${hue(p.id)}, 55%, 88%)`;
  const words = p.name.split(' ');
  const title = esc(words.slice(1, 3).join(' ') || p.name);
  const model = esc(words.at(-1) ?? '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${esc(p.name)}">
<rect width="400" height="400" fill="${accent}"/>
<circle cx="330" cy="70" r="120" fill="${base}" opacity="0.18"/>
<rect x="40" y="60" width="320" height="220" rx="28" fill="#fff" stroke="${base}" stroke-width="6"/>
<text x="200" y="205" font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif" font-size="120" font-weight="700" text-anchor="middle" fill="${base}">${esc(category?.glyph ?? '品')}</text>
<circle cx="76" cy="96" r="26" fill="${base}"/>
<text x="76" y="106" font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif" font-size="26" font-weight="700" text-anchor="middle" fill="#fff">${esc([...p.brand][0] ?? '')}</text>
<text x="200" y="330" font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif" font-size="28" text-anchor="middle" fill="#263238">${title}</text>
<text x="200" y="368" font-family="monospace" font-size="20" text-anchor="middle" fill="#455a64">${model} · ${esc(p.sku)}</text>
</svg>`;
}
