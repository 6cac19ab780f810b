// How a catalog search query becomes words: the everyday words buyers type are mapped to the words
// the catalog uses, so 打印纸 finds 复印纸 and a4纸 finds A4 copy paper.
//
// - NFKC folds full-width input (Ａ４纸, ，) to half-width; everything is lowercased.
// - Words split at spaces and where Latin letters/digits meet Chinese characters ("a4纸" → a4, 纸),
//   because Chinese buyers write no space there.
// - Each word matches a product when the product's text contains the word or one of its synonyms.

/** Everyday word → the words the catalog uses for it (all lowercase). */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  打印纸: ['复印纸'],
  白纸: ['复印纸'],
  签字笔: ['中性笔'],
  水笔: ['中性笔'],
  碳素笔: ['中性笔'],
  圆珠笔: ['中性笔'],
  马克笔: ['记号笔'],
  便签: ['便利贴'],
  便签纸: ['便利贴'],
  墨盒: ['硒鼓'],
  碳粉: ['硒鼓'],
  订书针: ['订书钉'],
  插座: ['插线板'],
  排插: ['插线板'],
  插排: ['插线板'],
  纸巾: ['抽纸'],
  面巾纸: ['抽纸'],
  矿泉水: ['饮用天然水'],
  手提电脑: ['笔记本电脑'],
  电水壶: ['电热水壶'],
  烧水壶: ['电热水壶'],
  投影机: ['投影仪'],
  头盔: ['安全帽'],
  冲击钻: ['锂电冲击钻'],
  laptop: ['笔记本电脑'],
  notebook: ['笔记本'],
};

const CJK = /\p{Script=Han}/u;

/** True when the text contains a Chinese character. */
export const hasHan = (text: string): boolean => CJK.test(text);

/** The query's words, normalised (NFKC, lowercase) and split where Latin meets Chinese. */
export function queryWords(q: string): string[] {
  const text = q.normalize('NFKC').toLowerCase().trim();
  if (!text) return [];
  const words: string[] = [];
  for (const chunk of text.split(/[\s,，、;；]+/)) {
    if (!chunk) continue;
    // Keep a whole synonym such as "a4纸" together; otherwise split at script changes.
    if (SYNONYMS[chunk]) words.push(chunk);
    else words.push(...(chunk.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []));
  }
  return words;
}

/** The alternatives one word matches: itself and its synonyms. */
export function alternativesOf(word: string): string[] {
  return [word, ...(SYNONYMS[word] ?? [])];
}
