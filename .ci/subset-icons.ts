// `npm run icons:subset`: the outlined Material Icons font cut down to the icons the app uses.
//
// The full font (material-icons, 2,000+ icons) is 155 kB of WOFF2 that every page would download;
// the app shows about a hundred. This finds every word in src/ (templates and code, specs aside)
// that the font draws as an icon (a ligature: `shopping_cart` → one glyph), keeps those glyphs and
// the letters that spell them, and writes src/styles/icons/material-icons-outlined.woff with the
// list of its icons beside it (icons.txt). Over-inclusive on purpose: any such word anywhere in the
// sources is kept, so an icon named in data (`icon: 'savings'`) is never missed. An icon name built
// at run time from pieces would be missed: name icons in full.
//
// `npm run icons:subset -- --check` (in `npm test`) fails when the sources name an icon the subset
// lacks: run `npm run icons:subset` after using a new icon, and commit both files.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { Blob, Buffer as HbBuffer, Face, Font, shape } from 'harfbuzzjs';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'node_modules/material-icons/iconfont/material-icons-outlined.woff');
const OUT_DIR = join(ROOT, 'src/styles/icons');
const OUT_FONT = join(OUT_DIR, 'material-icons-outlined.woff');
const OUT_LIST = join(OUT_DIR, 'icons.txt');
/** hb-subset: keep only the glyphs asked for, not every ligature their letters could spell. */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** Every lower-case word of the app's templates and code (specs aside). */
function sourceWords(): Set<string> {
  const words = new Set<string>();
  const src = join(ROOT, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|html)$/.test(entry.name) || entry.name.endsWith('.spec.ts'))
      continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [w] of text.matchAll(/[a-z][a-z0-9_]+/g)) words.add(w);
  }
  return words;
}

/** The TrueType font inside a WOFF 1.0 file. */
function woffToSfnt(woff: Uint8Array): Uint8Array {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const numTables = v.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = v.getUint32(at + 4);
    const compLength = v.getUint32(at + 8);
    const origLength = v.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: v.getUint32(at),
      checksum: v.getUint32(at + 16),
      data: compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw,
    });
  }
  return sfnt(v.getUint32(4), tables);
}

function sfnt(flavor: number, tables: { tag: number; checksum: number; data: Uint8Array }[]) {
  const pad = (n: number) => (n + 3) & ~3;
  let size = 12 + 16 * tables.length;
  for (const t of tables) size += pad(t.data.length);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, flavor);
  v.setUint16(4, tables.length);
  const log2 = Math.floor(Math.log2(tables.length));
  v.setUint16(6, 16 * 2 ** log2);
  v.setUint16(8, log2);
  v.setUint16(10, 16 * tables.length - 16 * 2 ** log2);
  let offset = 12 + 16 * tables.length;
  tables.forEach((t, i) => {
    v.setUint32(12 + i * 16, t.tag);
    v.setUint32(16 + i * 16, t.checksum);
    v.setUint32(20 + i * 16, offset);
    v.setUint32(24 + i * 16, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}

/** A TrueType font as WOFF 1.0 (each table deflated when that makes it smaller). */
function sfntToWoff(font: Uint8Array): Uint8Array {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = v.getUint16(4);
  const pad = (n: number) => (n + 3) & ~3;
  const entries = [];
  let totalSfntSize = 12 + 16 * numTables;
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const offset = v.getUint32(at + 8);
    const length = v.getUint32(at + 12);
    const data = font.subarray(offset, offset + length);
    const packed = new Uint8Array(deflateSync(data, { level: 9 }));
    entries.push({
      tag: v.getUint32(at),
      checksum: v.getUint32(at + 4),
      origLength: length,
      data: packed.length < length ? packed : data,
    });
    totalSfntSize += pad(length);
  }
  let size = 44 + 20 * numTables;
  for (const e of entries) size += pad(e.data.length);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  w.setUint32(0, 0x774f4646); // 'wOFF'
  w.setUint32(4, v.getUint32(0));
  w.setUint32(8, size);
  w.setUint16(12, numTables);
  w.setUint32(16, totalSfntSize);
  let offset = 44 + 20 * numTables;
  entries.forEach((e, i) => {
    const at = 44 + i * 20;
    w.setUint32(at, e.tag);
    w.setUint32(at + 4, offset);
    w.setUint32(at + 8, e.data.length);
    w.setUint32(at + 12, e.origLength);
    w.setUint32(at + 16, e.checksum);
    out.set(e.data, offset);
    offset += pad(e.data.length);
  });
  return out;
}

/** The glyph `font` draws for `word` when it is one of its ligatures (an icon), else null. */
function iconGlyph(font: Font, word: string): number | null {
  const buffer = new HbBuffer();
  buffer.addText(word);
  buffer.guessSegmentProperties();
  shape(font, buffer);
  const glyphs = buffer.getGlyphInfos();
  return glyphs.length === 1 && glyphs[0]!.codepoint !== 0 ? glyphs[0]!.codepoint : null;
}

/** The functions of harfbuzz-subset.wasm used here (pointers and handles are numbers). */
interface HbSubset {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** Node's WebAssembly global (the project's TypeScript libraries leave the DOM's types out). */
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> };
  }
).WebAssembly;

/** hb-subset (HarfBuzz's WebAssembly build): `font` with only `glyphs` and `text`'s characters. */
async function subset(font: Uint8Array, glyphs: number[], text: string): Promise<Uint8Array> {
  const wasm = readFileSync(join(ROOT, 'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const { instance } = await wasmRuntime.instantiate(wasm);
  const hb = instance.exports as HbSubset;
  const at = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer).set(font, at);
  const blob = hb.hb_blob_create(at, font.length, 2, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const c of new Set(text)) hb.hb_set_add(unicodes, c.codePointAt(0)!);
  const glyphSet = hb.hb_subset_input_glyph_set(input);
  for (const g of glyphs) hb.hb_set_add(glyphSet, g);
  hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
  const result = hb.hb_subset_or_fail(face, input);
  if (!result) throw new Error('hb-subset failed');
  const outBlob = hb.hb_face_reference_blob(result);
  const data = hb.hb_blob_get_data(outBlob, 0);
  const length = hb.hb_blob_get_length(outBlob);
  return new Uint8Array(hb.memory.buffer).slice(data, data + length);
}

const full = woffToSfnt(readFileSync(SOURCE));
const fullFont = new Font(new Face(new Blob(full)));
const icons = new Map<string, number>();
for (const word of sourceWords()) {
  const glyph = iconGlyph(fullFont, word);
  if (glyph !== null) icons.set(word, glyph);
}
const names = [...icons.keys()].sort();

if (process.argv.includes('--check')) {
  const kept = new Set(readFileSync(OUT_LIST, 'utf8').split('\n').filter(Boolean));
  const missing = names.filter((n) => !kept.has(n));
  if (missing.length) {
    console.error(
      `${relative(ROOT, OUT_FONT)} lacks icons the app names: ${missing.join(', ')}.\n` +
        'Run `npm run icons:subset` and commit the font and its icons.txt.',
    );
    process.exit(1);
  }
  console.log(`icon font: all ${names.length} icons the sources name are in the subset`);
  process.exit(0);
}

const cut = await subset(full, [...icons.values()], names.join(''));
// Every icon must still be one glyph in the subset (the ligatures survived the cut).
const cutFont = new Font(new Face(new Blob(cut)));
const broken = names.filter((n) => iconGlyph(cutFont, n) === null);
if (broken.length) throw new Error(`the subset lost icons: ${broken.join(', ')}`);
const woff = sfntToWoff(cut);
writeFileSync(OUT_FONT, woff);
writeFileSync(OUT_LIST, `${names.join('\n')}\n`);
console.log(
  `${relative(ROOT, OUT_FONT)}: ${names.length} icons, ${(woff.length / 1000).toFixed(1)} kB ` +
    `(the full font: ${(readFileSync(SOURCE).length / 1000).toFixed(1)} kB as WOFF)`,
);
