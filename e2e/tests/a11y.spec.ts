import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import { settled, signIn, switchLanguage } from '../support/session';

// Every page of each role through axe-core (WCAG 2.0/2.1/2.2 A and AA, and label-content-name-mismatch),
// in Chinese and English, on a desktop and a phone: no violation.

const PAGES: Record<string, string[]> = {
  'buyer@c1.example': [
    '/',
    '/procurement/catalog',
    // a filter set: on a phone the filters (behind their button there) are open
    '/procurement/catalog?inStock=1&sort=price&order=asc',
    '/procurement/products/p000001',
    '/procurement/quick-order',
    '/procurement/import',
    '/procurement/cart',
    '/procurement/templates',
    '/procurement/orders',
    '/addresses',
  ],
  'hr@c1.example': [
    '/approvals',
    '/approvals/delegation',
    '/budgets?drill=cat:procurement',
    '/welfare/campaigns',
    '/travel/report',
  ],
  'admin@c1.example': [
    '/admin/settings',
    '/admin/approval-rules',
    '/admin/users',
    '/admin/addresses',
    '/admin/organisation',
    '/admin/audit',
    '/travel/policy',
  ],
  'employee@c1.example': ['/welfare', '/welfare/wallet', '/travel', '/travel/new'],
};

async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    // axe's experimental rule that Lighthouse runs too: a control's accessible name contains its
    // visible text (WCAG 2.5.3), so that speech users can say what they see
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const phone of [false, true])
  test.describe(phone ? 'on a phone' : 'on a desktop', () => {
    if (phone) test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const [email, paths] of Object.entries(PAGES))
      test(`${email}: every page is axe-clean in Chinese and English`, async ({ page }) => {
        test.setTimeout(180_000);
        await signIn(page, email);
        const found: string[] = [];
        for (const lang of ['zh-CN', 'en'] as const) {
          if (lang === 'en') await switchLanguage(page, 'en');
          for (const path of paths) {
            await page.goto(path);
            await page.locator('main h1').first().waitFor();
            await settled(page);
            for (const v of await violations(page)) found.push(`${lang} ${path} ${v}`);
          }
        }
        await switchLanguage(page, 'zh-CN');
        expect(found).toEqual([]);
      });
  });
