/**
 * English names of the catalog's units of sale (products carry the Chinese one). Short forms, as on
 * English order forms, so that "5 box" never reads as a sentence.
 */
export const UNIT_EN: Readonly<Record<string, string>> = {
  台: 'unit',
  盒: 'box',
  套: 'set',
  个: 'pc',
  件: 'pc',
  箱: 'ctn',
  支: 'pc',
  本: 'pc',
  副: 'pr',
  顶: 'pc',
  袋: 'bag',
  罐: 'can',
  瓶: 'btl',
  桶: 'drum',
  根: 'pc',
  提: 'pk',
  双: 'pr',
  卷: 'roll',
};

/** The unit in the reader's language (an unknown unit stays as it is). */
export function unitName(unit: string, lang: 'zh-CN' | 'en'): string {
  return lang === 'en' ? (UNIT_EN[unit] ?? unit) : unit;
}
