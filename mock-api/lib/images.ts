// Product pictures generated locally as SVG (never fetched): a card in the category's colour with a simple
// line drawing of the product kind (a laptop, a pen, a bottle …), the brand's first character and the
// product's short name. Deterministic per product.
import type { Product } from '../../src/domain/index.ts';
import type { CatalogCategory } from './catalog.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function hue(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 360;
}

// Drawings in a 200 × 160 box, outlined in the category colour; `L` marks a light fill, `S` a solid one.
const L = 'fill="currentColor" fill-opacity="0.16"';
const S = 'fill="currentColor"';

const laptop = `<rect x="38" y="14" width="124" height="86" rx="6" ${L}/><rect x="52" y="28" width="96" height="58" rx="2" fill="#fff"/><path d="M18 112 H182 L170 132 H30 Z" ${L}/>`;
const phone = `<rect x="68" y="4" width="64" height="150" rx="12" ${L}/><rect x="78" y="22" width="44" height="104" rx="2" fill="#fff"/><circle cx="100" cy="140" r="5" ${S}/>`;
const earbuds = `<path d="M52 40 a24 24 0 1 1 0 48 v50" /><path d="M148 40 a24 24 0 1 0 0 48 v50"/><circle cx="64" cy="64" r="14" ${L}/><circle cx="136" cy="64" r="14" ${L}/>`;
const printer = `<rect x="58" y="8" width="84" height="40" ${L}/><rect x="22" y="48" width="156" height="66" rx="10" ${L}/><rect x="58" y="96" width="84" height="58" fill="#fff"/><path d="M72 116 H128 M72 132 H116"/><circle cx="156" cy="68" r="5" ${S}/>`;
const monitor = `<rect x="16" y="8" width="168" height="108" rx="8" ${L}/><rect x="30" y="22" width="140" height="80" fill="#fff"/><path d="M100 116 V140 M64 146 H136"/>`;
const projector = `<rect x="18" y="58" width="130" height="64" rx="14" ${L}/><circle cx="112" cy="90" r="20" fill="#fff"/><circle cx="112" cy="90" r="8" ${S}/><path d="M148 78 L190 50 M148 102 L190 130" stroke-dasharray="8 8"/><path d="M34 122 V136 M132 122 V136"/>`;
const riceCooker = `<path d="M24 70 Q100 20 176 70 Z" ${L}/><rect x="24" y="70" width="152" height="74" rx="18" ${L}/><rect x="78" y="94" width="44" height="24" rx="4" fill="#fff"/><path d="M88 30 H112"/>`;
const kettle = `<path d="M50 50 H130 L142 146 H38 Z" ${L}/><path d="M130 64 Q176 70 156 120 L140 126"/><path d="M50 58 L22 38"/><path d="M76 50 V36 H104 V50"/><path d="M30 150 H150"/>`;
const purifier = `<rect x="52" y="6" width="96" height="148" rx="16" ${L}/><path d="M70 60 H130 M70 80 H130 M70 100 H130 M70 120 H130"/><circle cx="100" cy="32" r="9" ${S}/>`;
const blender = `<path d="M62 8 H138 L126 100 H74 Z" ${L}/><path d="M84 60 L116 40 M84 40 L116 60"/><rect x="56" y="100" width="88" height="50" rx="10" ${L}/><circle cx="100" cy="125" r="8" ${S}/>`;
const pens = `<g transform="rotate(-35 100 80)"><rect x="30" y="64" width="128" height="20" rx="4" ${L}/><path d="M158 64 L186 74 L158 84 Z" ${S}/><path d="M48 64 V54 H96 V64"/></g><g transform="rotate(-35 100 110)"><rect x="20" y="100" width="120" height="14" rx="4" fill="#fff"/><path d="M140 100 L162 107 L140 114 Z" ${S}/></g>`;
const paper = `<rect x="48" y="30" width="110" height="124" rx="4" ${L}/><rect x="38" y="18" width="110" height="124" rx="4" fill="#fff"/><path d="M56 48 H130 M56 68 H130 M56 88 H130 M56 108 H110"/>`;
const notebook = `<rect x="46" y="8" width="112" height="146" rx="8" ${L}/><path d="M40 30 H58 M40 56 H58 M40 82 H58 M40 108 H58 M40 134 H58"/><rect x="80" y="34" width="58" height="24" rx="3" fill="#fff"/>`;
const stickies = `<rect x="24" y="22" width="96" height="96" rx="4" ${L}/><rect x="72" y="50" width="100" height="100" rx="4" fill="#fff"/><path d="M140 150 L172 118"/><path d="M90 80 H150 M90 100 H140"/>`;
const folder = `<path d="M14 36 H76 L92 52 H186 V148 H14 Z" ${L}/><path d="M14 68 H186"/>`;
const box = `<path d="M28 50 L100 20 L172 50 L100 80 Z" fill="#fff"/><path d="M28 50 V124 L100 154 V80 M172 50 V124 L100 154" ${L}/><rect x="118" y="96" width="34" height="18" rx="3" transform="skewY(-22) translate(0 50)" ${S}/>`;
const toner = `<rect x="10" y="58" width="180" height="46" rx="22" ${L}/><ellipse cx="32" cy="81" rx="12" ry="22" fill="#fff"/><path d="M70 58 V104 M150 58 V104"/>`;
const stapler = `<path d="M20 118 H180 V140 H20 Z" ${L}/><path d="M30 116 L40 60 Q44 48 60 48 H176 V84 H60 Z" ${L}/><path d="M150 84 V116"/>`;
const giftBox = `<rect x="26" y="66" width="148" height="86" rx="4" ${L}/><rect x="18" y="48" width="164" height="26" rx="4" fill="#fff"/><path d="M100 48 V152"/><path d="M100 48 Q64 6 60 38 Q62 50 100 48 Q138 50 140 38 Q136 6 100 48"/>`;
const teaCup = `<path d="M32 70 H146 V100 Q146 146 89 146 Q32 146 32 100 Z" ${L}/><path d="M146 82 Q184 84 176 110 Q170 126 144 120"/><path d="M70 50 Q60 34 74 22 M100 50 Q90 34 104 22 M130 50 Q120 34 134 22"/><path d="M24 154 H160"/>`;
const bottle = `<path d="M84 8 H116 V30 Q142 48 142 72 V146 Q142 154 134 154 H66 Q58 154 58 146 V72 Q58 48 84 30 Z" ${L}/><rect x="58" y="84" width="84" height="40" fill="#fff"/><path d="M80 8 H120"/>`;
const carton = `<path d="M58 50 L74 14 H126 L142 50 V152 H58 Z" ${L}/><path d="M58 50 H142 M74 14 L90 50"/><rect x="70" y="78" width="60" height="46" rx="4" fill="#fff"/>`;
const oil = `<path d="M70 20 H112 V36 L146 60 V150 H46 V60 L70 36 Z" ${L}/><path d="M146 70 Q176 80 160 118 L146 116"/><rect x="60" y="86" width="72" height="40" rx="4" fill="#fff"/>`;
const sack = `<path d="M52 30 Q100 12 148 30 L138 48 Q170 94 158 140 Q100 160 42 140 Q30 94 62 48 Z" ${L}/><path d="M62 48 H138"/><rect x="72" y="84" width="56" height="34" rx="4" fill="#fff"/>`;
const goldBar = `<path d="M24 142 L48 92 H152 L176 142 Z" ${L}/><path d="M60 92 L78 48 H122 L140 92"/><path d="M84 110 H116"/>`;
const pendant = `<path d="M50 14 Q100 70 150 14"/><circle cx="100" cy="66" r="8" fill="#fff"/><path d="M100 74 L134 112 L100 154 L66 112 Z" ${L}/><path d="M66 112 H134"/>`;
const shirt = `<path d="M66 14 L100 30 L134 14 L186 46 L164 80 L146 70 V154 H54 V70 L36 80 L14 46 Z" ${L}/><path d="M100 30 V154"/><path d="M82 20 L100 48 L118 20"/>`;
const vest = `<path d="M60 10 L84 10 Q100 50 116 10 H140 L156 56 V154 H44 V56 Z" ${L}/><path d="M44 96 H156 M44 120 H156" stroke-width="10"/>`;
const shoe = `<path d="M16 64 Q30 52 58 64 L96 96 Q150 100 178 116 Q186 132 170 138 H22 Q12 138 14 120 Z" ${L}/><path d="M16 138 H178 V148 H16 Z" fill="#fff"/><path d="M66 76 L78 66 M80 88 L92 78"/>`;
const wrench = `<g transform="rotate(-40 100 80)"><rect x="20" y="68" width="130" height="24" rx="12" ${L}/><path d="M150 56 Q186 56 186 80 Q186 104 150 104 L162 92 V68 Z" ${L}/></g><g transform="rotate(40 100 80)"><rect x="24" y="72" width="110" height="16" rx="6" fill="#fff"/><path d="M134 66 H176 L182 80 L176 94 H134 Z" ${L}/></g>`;
const drill = `<path d="M30 34 H150 Q170 34 170 54 V66 Q170 84 150 84 H30 Z" ${L}/><path d="M170 52 H194"/><path d="M66 84 L54 144 H96 L102 84" ${L}/><rect x="50" y="134" width="52" height="20" rx="4" ${S}/>`;
const helmet = `<path d="M26 120 Q26 34 100 30 Q174 34 174 120 Z" ${L}/><path d="M10 120 H190 V136 H10 Z" fill="#fff"/><path d="M100 30 V120 M70 40 Q66 70 68 120 M130 40 Q134 70 132 120"/>`;
const glove = `<path d="M58 152 V96 L36 70 Q30 58 44 56 L62 72 V22 Q62 12 72 12 Q82 12 82 22 V62 V14 Q82 4 92 4 Q102 4 102 14 V62 V18 Q102 8 112 8 Q122 8 122 18 V66 V32 Q122 22 132 22 Q142 22 142 32 V110 Q142 136 126 152 Z" ${L}/>`;
const mask = `<path d="M40 60 Q100 30 160 60 V108 Q100 150 40 108 Z" ${L}/><path d="M40 70 Q14 70 16 90 Q18 108 42 104 M160 70 Q186 70 184 90 Q182 108 158 104"/><path d="M60 80 H140 M64 100 H136"/>`;
const powerStrip = `<rect x="10" y="70" width="160" height="46" rx="12" ${L}/><path d="M40 86 V100 M52 86 V100 M84 86 V100 M96 86 V100 M128 86 V100 M140 86 V100"/><path d="M170 93 Q190 93 190 70 Q190 40 150 40 H120"/>`;
const breaker = `<rect x="46" y="8" width="108" height="146" rx="8" ${L}/><rect x="80" y="50" width="40" height="60" rx="4" fill="#fff"/><rect x="86" y="56" width="28" height="24" rx="2" ${S}/><path d="M66 24 H134 M66 138 H134"/>`;
const cable = `<circle cx="100" cy="80" r="64" ${L}/><circle cx="100" cy="80" r="44" fill="none"/><circle cx="100" cy="80" r="22" fill="#fff"/><path d="M160 104 Q186 130 190 154"/>`;
const tissues = `<path d="M20 74 H180 V146 H20 Z" ${L}/><path d="M70 74 Q80 40 100 30 Q120 40 130 74" fill="#fff"/><path d="M60 74 H140"/>`;
const detergent = `<path d="M54 40 H146 Q156 40 156 50 V146 Q156 154 148 154 H52 Q44 154 44 146 V50 Q44 40 54 40 Z" ${L}/><rect x="70" y="12" width="40" height="28" rx="4" ${S}/><path d="M110 26 H132 L140 40"/><rect x="62" y="78" width="76" height="46" rx="6" fill="#fff"/>`;
const bed = `<path d="M14 150 V40 M186 150 V84"/><rect x="14" y="84" width="172" height="40" rx="6" ${L}/><rect x="30" y="62" width="46" height="22" rx="8" fill="#fff"/><path d="M76 84 Q80 68 100 68 H186 V84"/><path d="M14 124 H186"/>`;
const tube = `<rect x="40" y="20" width="120" height="120" rx="16" ${L}/><path d="M70 80 H130 M100 50 V110"/>`;

/** Drawings by subcategory code: [a word of the product name, drawing] pairs, the last one the default. */
const DRAWINGS: Record<string, [string, string][]> = {
  DG01: [['', laptop]],
  DG02: [
    ['耳机', earbuds],
    ['', phone],
  ],
  DG03: [
    ['打印机', printer],
    ['投影', projector],
    ['', monitor],
  ],
  DG04: [
    ['电饭煲', riceCooker],
    ['水壶', kettle],
    ['净化', purifier],
    ['', blender],
  ],
  OF01: [['', pens]],
  OF02: [
    ['复印纸', paper],
    ['便利贴', stickies],
    ['', notebook],
  ],
  OF03: [
    ['档案盒', box],
    ['', folder],
  ],
  OF04: [
    ['订书', stapler],
    ['', toner],
  ],
  FD01: [['', giftBox]],
  FD02: [['', teaCup]],
  FD03: [
    ['牛奶', carton],
    ['', bottle],
  ],
  FD04: [
    ['大米', sack],
    ['', oil],
  ],
  JW01: [
    ['金条', goldBar],
    ['', pendant],
  ],
  JW02: [['', giftBox]],
  CL01: [
    ['背心', vest],
    ['', shirt],
  ],
  CL02: [['', shirt]],
  CL03: [
    ['鞋', shoe],
    ['', shirt],
  ],
  IN01: [['', wrench]],
  IN02: [['', drill]],
  IN03: [
    ['安全帽', helmet],
    ['口罩', mask],
    ['', glove],
  ],
  IN04: [
    ['插线板', powerStrip],
    ['电缆', cable],
    ['', breaker],
  ],
  HM01: [
    ['洗衣液', detergent],
    ['', tissues],
  ],
  HM02: [['', bed]],
};

/** The drawing of a product's kind: by its subcategory and, within it, a word of its name. */
export function drawingFor(p: Pick<Product, 'name'>, code: string | undefined): string {
  const choices = DRAWINGS[code ?? ''];
  return choices?.find(([word]) => p.name.includes(word))?.[1] ?? tube;
}

/** `path`: the product's category path from the top category to its leaf. */
export function productSvg(p: Product, path: readonly CatalogCategory[]): string {
  const base = path[0]?.color ?? '#607d8b';
  const accent = `hsl(${hue(p.id)}, 55%, 88%)`;
  const words = p.name.split(' ');
  const title = esc(words.slice(1, 3).join(' ') || p.name);
  const model = esc(words.at(-1) ?? '');
  const drawing = drawingFor(p, path.at(-1)?.code);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${esc(p.name)}">
<rect width="400" height="400" fill="${accent}"/>
<circle cx="330" cy="70" r="120" fill="${base}" opacity="0.18"/>
<rect x="40" y="60" width="320" height="220" rx="28" fill="#fff" stroke="${base}" stroke-width="6"/>
<g transform="translate(100 92)" color="${base}" stroke="${base}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round" fill="none">${drawing}</g>
<circle cx="76" cy="96" r="26" fill="${base}"/>
<text x="76" y="106" font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif" font-size="26" font-weight="700" text-anchor="middle" fill="#fff">${esc([...p.brand][0] ?? '')}</text>
<text x="200" y="330" font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif" font-size="28" text-anchor="middle" fill="#263238">${title}</text>
<text x="200" y="368" font-family="monospace" font-size="20" text-anchor="middle" fill="#455a64">${model} · ${esc(p.sku)}</text>
</svg>`;
}
