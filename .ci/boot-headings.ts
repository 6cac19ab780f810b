// `npm run boot:headings`: the page headings that index.html's boot frame shows a returning user
// while the app's code is still on its way (styles/_boot.scss).
//
// On a phone the code takes seconds to arrive; until it has, a page's own heading and subtitle are
// already on screen, in the user's language, where the page will draw them. They are taken from
// the pages' dictionaries (the keys below, as each page's header uses them) and written into the
// HEADINGS object of index.html's inline script. Only pages whose header is fixed text are listed:
// a product's or an order's name come with the app. The home page is the one exception: the script
// greets the stored user by name, with the words written into its HOME object.
//
// `npm run boot:headings -- --check` (in `npm test`) fails when index.html is not what this writes:
// run `npm run boot:headings` after changing a listed page's heading, and commit index.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const ROOT = join(import.meta.dirname, '..');
const INDEX = join(ROOT, 'src/index.html');

/**
 * A page's header: its dictionary keys, and whether the page sits under its module's navigation
 * (shared/ui/module-nav.ts: e采购, e福礼 and admin), which moves the header down.
 */
interface BootHeading {
  title: string;
  subtitle?: string;
  moduleNav?: true;
}

const PAGES: Record<string, BootHeading> = {
  '/procurement/catalog': {
    title: 'procurement.catalog.title',
    subtitle: 'procurement.catalog.subtitle',
    moduleNav: true,
  },
  '/procurement/quick-order': {
    title: 'procurement.quick.title',
    subtitle: 'procurement.quick.subtitle',
    moduleNav: true,
  },
  '/procurement/import': {
    title: 'procurement.import.title',
    subtitle: 'procurement.import.subtitle',
    moduleNav: true,
  },
  '/procurement/cart': { title: 'procurement.cart.title', moduleNav: true },
  '/procurement/checkout': {
    title: 'procurement.checkout.title',
    subtitle: 'procurement.checkout.subtitle',
    moduleNav: true,
  },
  '/procurement/templates': {
    title: 'procurement.templates.title',
    subtitle: 'procurement.templates.subtitle',
    moduleNav: true,
  },
  '/procurement/orders': {
    title: 'procurement.orders.title',
    subtitle: 'procurement.orders.subtitle',
    moduleNav: true,
  },
  '/welfare/store': {
    title: 'welfare.title.store',
    subtitle: 'welfare.store.subtitle',
    moduleNav: true,
  },
  '/welfare/wallet': { title: 'welfare.title.wallet', moduleNav: true },
  '/welfare/cart': { title: 'welfare.title.cart', moduleNav: true },
  '/welfare/my-gifts': { title: 'welfare.title.myGifts', moduleNav: true },
  '/travel': { title: 'travel.trips.title', subtitle: 'travel.trips.subtitle' },
  '/travel/new': { title: 'travel.request.title', subtitle: 'travel.request.subtitle' },
  '/travel/report': { title: 'travel.report.title', subtitle: 'travel.report.subtitle' },
  '/approvals': { title: 'approvals.title', subtitle: 'approvals.subtitle' },
  '/approvals/delegation': {
    title: 'approvals.delegation.title',
    subtitle: 'approvals.delegation.subtitle',
  },
  '/budgets': { title: 'budgets.title', subtitle: 'budgets.subtitle' },
  '/addresses': { title: 'addresses.title.personal', subtitle: 'addresses.subtitle.personal' },
  '/admin/settings': {
    title: 'admin.settings.title',
    subtitle: 'admin.settings.subtitle',
    moduleNav: true,
  },
  '/admin/users': { title: 'admin.users.title', subtitle: 'admin.users.subtitle', moduleNav: true },
  '/admin/organisation': {
    title: 'admin.org.title',
    subtitle: 'admin.org.subtitle',
    moduleNav: true,
  },
  '/admin/approval-rules': {
    title: 'admin.rules.title',
    subtitle: 'admin.rules.subtitle',
    moduleNav: true,
  },
  '/admin/addresses': {
    title: 'addresses.title.company',
    subtitle: 'addresses.subtitle.company',
    moduleNav: true,
  },
  '/admin/audit': { title: 'admin.audit.title', subtitle: 'admin.audit.subtitle', moduleNav: true },
};

/**
 * The words of the home page that the frame shows: its greeting (the page's largest paint, but for a
 * buyer's; `{name}` is the stored user's), and the label of a buyer's procurement budget left (theirs),
 * shown with the figure once index.html's read of the budgets answers.
 */
const HOME_WORDS = {
  morning: 'home.greeting.morning',
  afternoon: 'home.greeting.afternoon',
  evening: 'home.greeting.evening',
  budgetLeft: 'home.budgetLeft',
};

/** The dictionaries the listed pages' headers read. */
const DICTIONARIES = [
  'home',
  'procurement',
  'welfare',
  'travel',
  'approvals',
  'budgets',
  'addresses',
  'admin',
];
const LANGUAGES = ['zh-CN', 'en'] as const;

type Dictionary = Record<(typeof LANGUAGES)[number], Record<string, string>>;

async function dictionary(): Promise<Dictionary> {
  const all: Dictionary = { 'zh-CN': {}, en: {} };
  for (const name of DICTIONARIES) {
    // a computed path: the type checker of the tools stays out of the app's sources
    const module = (await import(join(ROOT, `src/app/features/${name}/${name}.i18n.ts`))) as Record<
      string,
      Dictionary
    >;
    for (const translations of Object.values(module))
      for (const lang of LANGUAGES) Object.assign(all[lang], translations[lang]);
  }
  return all;
}

/** `key`'s text in `lang`'s dictionary; a missing key fails the script. */
function wordOf(words: Dictionary, lang: (typeof LANGUAGES)[number], key: string): string {
  const value = words[lang][key];
  if (value === undefined) throw new Error(`${key} is not in the ${lang} dictionary`);
  return value;
}

/** The HEADINGS object: path → [module navigation (1 or 0), then title and subtitle per language]. */
function headings(words: Dictionary): Record<string, (string | number)[]> {
  const text = (lang: (typeof LANGUAGES)[number], key: string) => {
    const value = wordOf(words, lang, key);
    if (value.includes('{')) throw new Error(`${key} has a parameter; the frame shows fixed text`);
    return value;
  };
  return Object.fromEntries(
    Object.entries(PAGES).map(([path, page]) => [
      path,
      [
        page.moduleNav ? 1 : 0,
        ...LANGUAGES.flatMap((lang) => [
          text(lang, page.title),
          page.subtitle ? text(lang, page.subtitle) : '',
        ]),
      ],
    ]),
  );
}

/** The HOME object: word → [zh, en]. */
function homeWords(words: Dictionary): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(HOME_WORDS).map(([word, key]) => [
      word,
      LANGUAGES.map((lang) => wordOf(words, lang, key)),
    ]),
  );
}

const html = readFileSync(INDEX, 'utf8');
const words = await dictionary();
let filled = html;
for (const [name, table] of [
  ['HEADINGS', headings(words)],
  ['HOME', homeWords(words)],
] as const) {
  const marker = new RegExp(`(var ${name} = )\\{[\\s\\S]*?\\};(?=\\n)`);
  if (!marker.test(filled))
    throw new Error(`src/index.html has no \`var ${name} = …;\` to write into`);
  filled = filled.replace(marker, (_, start: string) => `${start}${JSON.stringify(table)};`);
}
const written = await format(filled, { ...(await resolveConfig(INDEX)), filepath: INDEX });

if (process.argv.includes('--check')) {
  if (written !== html) {
    console.error(
      "src/index.html: the boot frame's page headings differ from the dictionaries. Run `npm run boot:headings` and commit src/index.html.",
    );
    process.exit(1);
  }
  console.log(`boot headings: ${Object.keys(PAGES).length} pages, up to date`);
} else {
  writeFileSync(INDEX, written);
  console.log(`boot headings: ${Object.keys(PAGES).length} pages written into src/index.html`);
}
