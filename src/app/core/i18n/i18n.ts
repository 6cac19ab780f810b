import { Injectable, Pipe, PipeTransform, computed, inject, signal } from '@angular/core';

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A dictionary per language; features register their own next to their routes. */
export type Dictionary = Record<string, string>;
export type Translations = Record<Lang, Dictionary>;

const STORAGE_KEY = 'portal.lang';

/**
 * Runtime language switching without reloading (so no work is lost): the active language is a
 * signal, and every template reading `| t` re-renders when it changes. zh-CN first, English second.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly dictionaries = signal<Translations>({ 'zh-CN': {}, en: {} });
  readonly lang = signal<Lang>(initialLang());
  /** BCP 47 locale for Intl formatting. */
  readonly locale = computed(() => (this.lang() === 'zh-CN' ? 'zh-CN' : 'en-US'));

  private readonly loaders = new Map<Lang, () => Promise<Dictionary>>();

  /**
   * Switches the language. When a dictionary of `lang` is still to be loaded (registerLoader), the
   * switch happens once it has arrived, so no text ever shows in the wrong language.
   */
  use(lang: Lang): void {
    if (this.loaders.has(lang)) {
      void this.ensure(lang).then(() => this.apply(lang));
      return;
    }
    this.apply(lang);
  }

  /** A dictionary of `lang` loaded on first use (keeps a language's texts out of the initial bundle). */
  registerLoader(lang: Lang, load: () => Promise<Dictionary>): void {
    this.loaders.set(lang, load);
  }

  /** Loads the pending dictionary of `lang`, if any. */
  async ensure(lang: Lang): Promise<void> {
    const load = this.loaders.get(lang);
    if (!load) return;
    this.loaders.delete(lang);
    try {
      const dictionary = await load();
      this.register(
        lang === 'en' ? { 'zh-CN': {}, en: dictionary } : { 'zh-CN': dictionary, en: {} },
      );
    } catch {
      this.loaders.set(lang, load); // try again next time
    }
  }

  private apply(lang: Lang): void {
    this.lang.set(lang);
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this visit
    }
    document.documentElement.lang = lang;
  }

  register(translations: Translations): void {
    this.dictionaries.update((all) => ({
      'zh-CN': { ...all['zh-CN'], ...translations['zh-CN'] },
      en: { ...all.en, ...translations.en },
    }));
  }

  /** Whether a text exists for `key` in the active language or zh-CN. */
  has(key: string): boolean {
    const all = this.dictionaries();
    return key in all[this.lang()] || key in all['zh-CN'];
  }

  /**
   * The text of `key` in the active language (an unknown key shows itself) with `{name}` replaced
   * by its parameter. English counts take `{n, plural, one {# day} other {# days}}` (# is the number).
   */
  t(key: string, params?: Record<string, string | number>): string {
    const text = this.dictionaries()[this.lang()][key] ?? this.dictionaries()['zh-CN'][key] ?? key;
    if (!params) return text;
    if (!text.includes('{')) return text;
    return text
      .replace(
        /\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g,
        (_, name: string, one: string, other: string) => {
          return (isEnglishOne(Number(params[name])) ? one : other).replace(
            '#',
            String(params[name]),
          );
        },
      )
      .replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  }
}

/**
 * English's plural rule, as Intl.PluralRules('en-US') has it: "one" for 1 and -1, "other" for any
 * other number. Only the English texts have plural forms (Chinese has none); written here because
 * the first Intl object a page makes loads the browser's locale data in the middle of a render.
 */
function isEnglishOne(n: number): boolean {
  return Math.abs(n) === 1;
}

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en') return saved;
  } catch {
    // fall through to the default
  }
  return 'zh-CN';
}

/** `{{ 'nav.orders' | t }}` — impure so that it follows the language signal. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }
}
