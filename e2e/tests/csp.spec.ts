import { expect, test } from '../support/fixtures';
import { settled, signIn } from '../support/session';

// The production server's strict Content-Security-Policy (mock-api/lib/site.ts) holds on every page:
// each role walks its pages, and the fixture fails a test on any violation a page meets. Journeys
// elsewhere click through the same pages; these cover what they do not (a chart's tooltip, every
// module of every role).

test('each answer of index.html brings its own nonce, on the scripts the browser runs', async ({
  page,
}) => {
  const nonces: string[] = [];
  for (const path of ['/login', '/login']) {
    const answer = await page.goto(path);
    const policy = (await answer?.headerValue('content-security-policy')) ?? '';
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("require-trusted-types-for 'script'");
    await expect(page.getByLabel(/邮箱|Email/)).toBeVisible();
    // the browser hides the attribute; the property keeps the value
    const scripts = await page
      .locator('script')
      .evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(1);
    for (const n of scripts) expect(n).toBe(nonce);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('HR reads a budget chart’s tooltip under the policy', async ({ page }) => {
  await signIn(page, 'hr@c1.example');
  await page.goto('/budgets');
  // the charts (and ECharts) load when scrolled near
  await page.locator('app-budget-charts').scrollIntoViewIfNeeded();
  const chart = page.locator('app-budget-charts svg').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  // across the bars until the tooltip (drawn in the chart, with amounts in yuan) shows
  await expect(async () => {
    for (const fx of [0.3, 0.5, 0.7])
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.5);
    await expect(page.locator('app-budget-charts svg text', { hasText: '¥' }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  // leaving the page disposes the charts
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

const PAGES: { email: string; paths: string[] }[] = [
  {
    email: 'buyer@c1.example',
    paths: [
      '/',
      '/procurement/catalog',
      '/procurement/cart',
      '/procurement/quick-order',
      '/procurement/import',
      '/procurement/orders',
      '/welfare/store',
      '/welfare/wallet',
      '/welfare/my-gifts',
      '/travel',
      '/travel/new',
      '/budgets',
    ],
  },
  {
    email: 'hr@c1.example',
    paths: ['/approvals', '/budgets/requests', '/welfare/campaigns', '/welfare/campaigns/new'],
  },
  { email: 'admin@c1.example', paths: ['/admin/settings', '/travel/policy', '/travel/report'] },
  { email: 'employee@c1.example', paths: ['/welfare/cart', '/welfare/checkout'] },
];

for (const { email, paths } of PAGES) {
  test(`${email} opens each of its pages under the policy`, async ({ page }) => {
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
      await settled(page);
    }
  });
}
