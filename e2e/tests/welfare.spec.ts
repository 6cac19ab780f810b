import { expect, test, type Page } from '../support/fixtures';
import { readFile } from 'node:fs/promises';
import { apiGet, count, money } from '../support/api';
import { settled, shot, signIn, signOut, switchLanguage } from '../support/session';

// e福礼, the employee's side: points, the store's within-balance filter, a gift dearer than the
// balance paid with points + cash, My gifts, and a cancellation that gives the points back.
// The database is shared by the whole run: every journey reads the numbers it needs before acting.

const EMPLOYEE = 'employee@c1.example';
const EMPLOYEE_C2 = 'employee@c2.example';
const HR = 'hr@c1.example';
const HR2 = 'hr2@c1.example';

test.describe.configure({ timeout: 150_000 });

interface Account {
  balance: number;
  expiringSoon: { points: number; expiresAt?: string }[];
}
interface Gift {
  id: string;
  name: string;
  nameEn: string;
  pointsPrice: number;
}
interface Lot {
  id: string;
  remaining: number;
  expiresAt: string;
}

async function account(email: string): Promise<Account> {
  return (await apiGet<Account>(email, '/points/account')).body;
}

async function pointValueFen(email: string): Promise<number> {
  return (await apiGet<{ pointValueFen: number }>(email, '/welfare/cart')).body.pointValueFen;
}

/** Empties the welfare cart in the UI (the cart lives on the server; earlier journeys may have left lines). */
async function emptyWelfareCart(page: Page, removeLabel: RegExp): Promise<void> {
  await page.goto('/welfare/cart');
  const remove = page.getByRole('button', { name: removeLabel });
  const empty = page.getByText(/^(购物车是空的。|Your cart is empty\.)$/);
  await expect(empty.or(remove.first())).toBeVisible();
  while (await remove.count()) {
    const before = await remove.count();
    await remove.first().click();
    await expect(remove).toHaveCount(before - 1);
  }
  await expect(empty).toBeVisible();
}

/** Fills a new delivery address at checkout when no saved one is chosen. */
async function addressIfNeeded(page: Page, labels: [string, string, string]): Promise<void> {
  // The saved addresses are known once the choice shows (a new address is the last option).
  await expect(page.getByRole('radio').last()).toBeVisible();
  const recipient = page.getByRole('textbox', { name: labels[0] });
  if (await recipient.isVisible()) {
    await recipient.fill('陈佳琪');
    await page.getByRole('textbox', { name: labels[1] }).fill('13800002222');
    await page.getByRole('textbox', { name: labels[2] }).fill('上海市嘉定区安亭镇墨玉南路888号');
  }
}

test('employee redeems a gift with points + cash, sees it in My gifts, cancels and gets the points back', async ({
  page,
}) => {
  const before = await account(EMPLOYEE);
  expect(before.balance).toBeGreaterThan(0);
  const pv = await pointValueFen(EMPLOYEE);
  const lotsBefore = (await apiGet<Lot[]>(EMPLOYEE, '/points/lots?_limit=100')).body;

  await signIn(page, EMPLOYEE);
  await emptyWelfareCart(page, /^移除 /);

  // The store shows the balance and the points expiring within 30 days.
  await page
    .getByRole('navigation', { name: 'e福礼导航', exact: true })
    .getByRole('link', { name: '商城', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '福利商城', level: 1 })).toBeVisible();
  const summary = page.getByTestId('points-summary');
  await expect(summary).toContainText(count(before.balance));
  if (before.expiringSoon.length) await expect(summary).toContainText('将于');

  // Recommendations say why they are shown.
  const recs = page.getByRole('list', { name: '为您推荐' });
  await expect(recs.getByRole('listitem').first()).toBeVisible();
  await expect(recs).toContainText(/在您的积分范围内|本部门热门|的同事也选了它|本次活动新品/);

  // One tap: only gifts the balance covers, as the server counts them.
  const within = page.getByRole('button', { name: '只看积分够的' });
  await within.click();
  await expect(within).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/within=1/);
  const { total: withinTotal, body: withinGifts } = await apiGet<Gift[]>(
    EMPLOYEE,
    '/welfare/gifts?withinBalance=true&_sort=popularity&_limit=12',
  );
  await expect(page.getByText(`共 ${withinTotal} 件礼品`)).toBeVisible();
  const grid = page.getByRole('list', { name: '礼品列表' });
  await expect(grid.getByRole('link').first()).toContainText(withinGifts[0].name);
  for (const g of withinGifts) expect(g.pointsPrice).toBeLessThanOrEqual(before.balance);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-store'), fullPage: true });

  // The dearest gift costs more than the balance: points + cash.
  await within.click();
  await expect(within).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('combobox', { name: '排序' }).click();
  await page.getByRole('option', { name: '积分从高到低' }).click();
  await expect(page).toHaveURL(/sort=points-desc/);
  const { body: dearest } = await apiGet<Gift[]>(
    EMPLOYEE,
    '/welfare/gifts?_sort=points&_order=desc&_limit=1',
  );
  const gift = dearest[0];
  expect(gift.pointsPrice).toBeGreaterThan(before.balance);
  await grid.getByRole('link').filter({ hasText: gift.name }).first().click();
  await expect(page.getByRole('heading', { name: gift.name, level: 1 })).toBeVisible();
  const cashFen = (gift.pointsPrice - before.balance) * pv;
  await expect(page.getByTestId('top-up')).toHaveText(`积分不足，需补现金 ${money(cashFen)}`);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-gift'), fullPage: true });
  await page.getByRole('button', { name: '加入购物车' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已加入购物车' })).toBeVisible();

  // Checkout: the points to use default to all the balance; the cash is what the server will ask.
  await page.getByRole('link', { name: '去购物车' }).click();
  await expect(page.getByRole('heading', { name: '福利购物车', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '去兑换' }).click();
  await expect(page.getByRole('heading', { name: '确认兑换', level: 1 })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: '使用积分' })).toHaveValue(
    String(before.balance),
  );
  await expect(page.getByTestId('checkout-cash')).toContainText(money(cashFen));
  await addressIfNeeded(page, ['收货人', '联系电话', '详细地址']);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-checkout'), fullPage: true });
  await page.getByRole('button', { name: '确认兑换' }).click();

  // The payment step: payroll deduction.
  await expect(page).toHaveURL(/\/welfare\/my-gifts\/WR[^/?]+\?placed=1/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByRole('heading', { name: `订单 ${id}`, level: 1 })).toBeVisible();
  await expect(page.getByTestId('gift-status')).toHaveText('待支付');
  await expect(page.getByRole('heading', { name: `支付现金 ${money(cashFen)}` })).toBeVisible();
  await page.getByRole('radio', { name: '工资代扣' }).check();
  await page.getByRole('button', { name: `支付 ${money(cashFen)}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '已支付，礼品将尽快发货。' }),
  ).toBeVisible();
  await expect(page.getByTestId('gift-status')).toHaveText('已支付');
  expect((await account(EMPLOYEE)).balance).toBe(0);

  // My gifts lists it.
  await page
    .getByRole('navigation', { name: 'e福礼导航', exact: true })
    .getByRole('link', { name: '我的礼品', exact: true })
    .click();
  const mine = page.getByRole('list', { name: '我的礼品' });
  const card = mine.getByRole('link').filter({ hasText: id });
  await expect(card).toContainText('已支付');
  await expect(card).toContainText(money(cashFen));
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-my-gifts'), fullPage: true });

  // Cancelled before shipping: the points go back to their lots, with their expiry.
  await card.click();
  await page.getByRole('button', { name: '取消兑换' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确定取消' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `已取消，${count(before.balance)} 积分已退回。` }),
  ).toBeVisible();
  await expect(page.getByTestId('gift-status')).toHaveText('已取消');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-cancelled'), fullPage: true });

  await page
    .getByRole('navigation', { name: 'e福礼导航', exact: true })
    .getByRole('link', { name: '积分', exact: true })
    .click();
  await expect(page.getByTestId('points-summary')).toContainText(count(before.balance));
  await expect(
    page.getByRole('list', { name: '积分流水' }).getByRole('listitem').first(),
  ).toContainText('退回');
  const lotsAfter = (await apiGet<Lot[]>(EMPLOYEE, '/points/lots?_limit=100')).body;
  expect(lotsAfter.map((l) => [l.id, l.remaining, l.expiresAt])).toEqual(
    lotsBefore.map((l) => [l.id, l.remaining, l.expiresAt]),
  );
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-wallet'), fullPage: true });

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'My points', level: 1 })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-welfare-wallet'), fullPage: true });
  await page
    .getByRole('navigation', { name: 'e-Welfare navigation', exact: true })
    .getByRole('link', { name: 'Store', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Gift store', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recommended for you' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-welfare-store'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
});

interface User {
  id: string;
  employeeNo: string;
  active: boolean;
}

test('HR creates a campaign from a pasted list with bad rows, previews, publishes and grants', async ({
  page,
}) => {
  const { body: users } = await apiGet<User[]>(HR, '/users?_limit=100&_page=2');
  const [a, b, c] = users.filter((u) => u.active).slice(-3);
  const stamp = Date.now() % 100_000;
  const pv = await pointValueFen(HR);
  const list = [
    a.employeeNo,
    b.employeeNo.toLowerCase(),
    'C199999',
    c.employeeNo,
    'someone@c2.example',
    a.employeeNo,
  ].join('\n');

  await signIn(page, HR);
  await page.goto('/welfare/store');
  await page
    .getByRole('navigation', { name: 'e福礼导航', exact: true })
    .getByRole('link', { name: '活动', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '福利活动', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '新建活动' }).click();
  await page.getByRole('textbox', { name: '活动名称' }).fill(`工会福利 ${stamp}`);
  await page.getByRole('textbox', { name: '英文名称' }).fill(`Union welfare ${stamp}`);
  await page.getByRole('combobox', { name: '节日' }).click();
  await page.getByRole('option', { name: '工会福利' }).click();
  await page.getByRole('spinbutton', { name: '每人积分' }).fill('10');
  await page.getByLabel('发放日期').fill(new Date().toISOString().slice(0, 10));
  const costCenter = page.getByRole('combobox', { name: '福利预算成本中心' });
  await costCenter.click();
  await page.getByRole('option').first().click();
  await page.getByRole('textbox', { name: '员工名单' }).fill(list);
  await page.getByRole('button', { name: '保存草稿' }).click();

  // The list is explained row by row; the good rows go ahead.
  await expect(page).toHaveURL(/\/welfare\/campaigns\/[^/]+$/);
  await expect(page.getByText('3 行有效，3 行将被跳过')).toBeVisible();
  const bad = page.getByRole('list', { name: '有问题的行' });
  await expect(bad.getByRole('listitem').filter({ hasText: '第 3 行' })).toContainText(
    '公司里没有这个工号或邮箱',
  );
  await expect(bad.getByRole('listitem').filter({ hasText: '第 5 行' })).toContainText(
    '属于其他公司',
  );
  await expect(bad.getByRole('listitem').filter({ hasText: '第 6 行' })).toContainText(
    '与第 1 行重复',
  );
  const preview = page.getByTestId('campaign-preview');
  await expect(preview).toContainText(money(10 * pv * 3));
  await expect(preview).toContainText('无需审批，立即到账');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-campaign'), fullPage: true });

  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByText('已发布', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '向 3 名员工发放' }).click();
  const done = page.getByRole('status').filter({ hasText: '积分已到账' });
  await expect(done).toBeVisible();
  const grantId = /（(.+)）/.exec((await done.textContent()) ?? '')![1];
  const { body: grant } = await apiGet<{ status: string; employeeIds: string[] }>(
    HR,
    `/welfare/grants/${grantId}`,
  );
  expect(grant.status).toBe('credited');
  expect([...grant.employeeIds].sort()).toEqual([a.id, b.id, c.id].sort());

  // The company's points liability, and the grants report for finance as CSV.
  await page.getByRole('link', { name: '福利活动' }).click();
  await expect(page.getByTestId('liability')).toContainText('未使用积分');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出发放报表 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^welfare-grants-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain(grantId);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-campaigns'), fullPage: true });
  await page.getByRole('link', { name: `工会福利 ${stamp}` }).click();

  await switchLanguage(page, 'en');
  await expect(page.getByText('3 rows fine, 3 rows left out')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-welfare-campaign'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('an employee redeems a gift within the balance with points only, in English and Chinese', async ({
    page,
  }) => {
    const before = await account(EMPLOYEE_C2);
    const { body: gifts } = await apiGet<Gift[]>(
      EMPLOYEE_C2,
      '/welfare/gifts?withinBalance=true&_sort=points&_order=desc&_limit=1',
    );
    const gift = gifts[0];

    await signIn(page, EMPLOYEE_C2);
    await switchLanguage(page, 'en');
    await emptyWelfareCart(page, /^Remove /);
    await page.goto('/welfare/store');
    await expect(page.getByRole('heading', { name: 'Gift store', level: 1 })).toBeVisible();
    await expect(page.getByTestId('points-summary')).toContainText(count(before.balance));
    // the points range, category and sort wait behind "More filters", so the gifts come first
    const more = page.getByRole('button', { name: 'More filters' });
    await expect(page.getByLabel('Sort', { exact: true })).toHaveCount(0);
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    // every filter fits the phone's width (the points range once ran off its right edge)
    for (const name of ['Min points', 'Max points', 'Category', 'Sort']) {
      const box = (await page.getByLabel(name, { exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    await page.getByRole('button', { name: 'Within my balance' }).click();
    await expect(page).toHaveURL(/within=1/);
    await page.getByRole('combobox', { name: 'Sort' }).click();
    await page.getByRole('option', { name: 'Points: high to low' }).click();
    const grid = page.getByRole('list', { name: 'Gifts' });
    await expect(grid.getByRole('link').first()).toContainText(gift.nameEn);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-en-welfare-store'), fullPage: true });

    await grid.getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: gift.nameEn, level: 1 })).toBeVisible();
    await expect(page.getByTestId('top-up')).toHaveText('Your points cover it, no cash needed');
    await settled(page);
    await page.screenshot({ path: shot('phone-en-welfare-gift'), fullPage: true });
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('link', { name: 'Go to cart' }).click();
    await expect(page.getByRole('heading', { name: 'Welfare cart', level: 1 })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-en-welfare-cart'), fullPage: true });
    await page.getByRole('link', { name: 'Redeem' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Points to use' })).toHaveValue(
      String(gift.pointsPrice),
    );
    await expect(page.getByTestId('checkout-cash')).toContainText('No cash needed');
    await addressIfNeeded(page, ['Recipient', 'Phone', 'Address']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-en-welfare-checkout'), fullPage: true });
    await page.getByRole('button', { name: 'Confirm redemption' }).click();
    await expect(page).toHaveURL(/\/welfare\/my-gifts\/WR[^/?]+\?placed=1/);
    await expect(page.getByTestId('gift-status')).toHaveText('Paid');
    await settled(page);
    await page.screenshot({ path: shot('phone-en-welfare-my-gift'), fullPage: true });
    expect((await account(EMPLOYEE_C2)).balance).toBe(before.balance - gift.pointsPrice);

    await switchLanguage(page, 'zh-CN');
    await page.getByRole('button', { name: '取消兑换' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定取消' }).click();
    await expect(page.getByTestId('gift-status')).toHaveText('已取消');
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-welfare-my-gift'), fullPage: true });
    await page.goto('/welfare/wallet');
    await expect(page.getByTestId('points-summary')).toContainText(count(before.balance));
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-welfare-wallet'), fullPage: true });
    await page.goto('/welfare/store');
    await expect(
      page.getByRole('list', { name: '礼品列表' }).getByRole('link').first(),
    ).toBeVisible();
    // A category narrows the list, with its subcategories, as the server counts it.
    const { body: categories } = await apiGet<
      { id: string; name: string; parentId: string | null }[]
    >(EMPLOYEE_C2, '/categories');
    const food = categories.find((c) => c.parentId === null && c.name === '食品饮料')!;
    const { total: inFood } = await apiGet<Gift[]>(
      EMPLOYEE_C2,
      `/welfare/gifts?categoryId=${food.id}&_limit=1`,
    );
    await page.getByRole('button', { name: '更多筛选' }).click();
    await page.getByRole('combobox', { name: '品类' }).click();
    await page.getByRole('option', { name: food.name }).click();
    await expect(page).toHaveURL(new RegExp(`category=${food.id}`));
    await expect(page.getByText(`共 ${inFood} 件礼品`)).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-welfare-store'), fullPage: true });
  });
});

interface Member extends User {
  email: string;
  departmentId: string;
}
interface Named {
  id: string;
  name: string;
  nameEn: string;
  parentId?: string | null;
}

/**
 * Picks an option of the open multiple select. In CI a click made while the panel was still opening
 * and scrolling the option into place picked nothing (the draft then could not be saved); a user
 * would click again, and so does this, until it is picked: it fails if it never is.
 */
async function pickOption(page: Page, name: string): Promise<void> {
  const option = page.getByRole('option', { name });
  await expect(async () => {
    if ((await option.getAttribute('aria-selected')) !== 'true') await option.click();
    await expect(option).toHaveAttribute('aria-selected', 'true', { timeout: 1_000 });
  }).toPass();
}

/** Every user of the company (the directory is paged by 100). */
async function members(email: string): Promise<Member[]> {
  const all: Member[] = [];
  for (let p = 1; ; p++) {
    const { body } = await apiGet<Member[]>(email, `/users?_limit=100&_page=${p}`);
    all.push(...body);
    if (body.length < 100) return all;
  }
}

// Last in the file: from here on the employee's store has a current campaign.
test('a department campaign above the threshold: one HR user grants, the other approves; the employee is told and sees its gifts first; HR reads the report', async ({
  page,
}) => {
  const { body: company } = await apiGet<{
    settings: { approvalThresholdFen: number; pointValueFen: number };
  }>(HR, '/companies/current');
  const { approvalThresholdFen: threshold, pointValueFen: pv } = company.settings;
  const everyone = await members(HR);
  const me = everyone.find((u) => u.email === EMPLOYEE)!;
  const reached = everyone.filter((u) => u.active && u.departmentId === me.departmentId).length;
  const { body: departments } = await apiGet<Named[]>(HR, '/departments?_limit=100');
  const dept = departments.find((d) => d.id === me.departmentId)!;
  const { body: categories } = await apiGet<Named[]>(HR, '/categories');
  const food = categories.find((c) => c.parentId === null && c.name === '食品饮料')!;
  // Just at the approval threshold: one level of approval.
  const points = Math.ceil(threshold / (pv * reached));
  const cost = points * pv * reached;
  const stamp = Date.now() % 100_000;
  const name = `中秋福利 ${stamp}`;
  const nameEn = `Mid-Autumn ${stamp}`;
  const before = await account(EMPLOYEE);

  // HR (in English) creates the campaign for one department with a food gift range, and grants it.
  await signIn(page, HR);
  await switchLanguage(page, 'en');
  await page.goto('/welfare/campaigns/new');
  await page.getByRole('textbox', { name: 'Name (Chinese)' }).fill(name);
  await page.getByRole('textbox', { name: 'Name (English)' }).fill(nameEn);
  await page.getByRole('combobox', { name: 'Occasion' }).click();
  await page.getByRole('option', { name: 'Mid-Autumn Festival' }).click();
  await page.getByRole('spinbutton', { name: 'Points per employee' }).fill(String(points));
  await page.getByLabel('Grant date').fill(new Date().toISOString().slice(0, 10));
  // The long English label lies over the empty select's middle: open it from the keyboard.
  await page.getByRole('combobox', { name: 'Cost center (welfare budget)' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option').first().click();
  // a select still closing swallows the next click: wait for its panel to go
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.getByRole('radio', { name: 'Chosen departments' }).check();
  await page.getByRole('combobox', { name: 'Departments' }).click();
  await pickOption(page, dept.nameEn);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.getByRole('radio', { name: 'Chosen categories' }).check();
  await page.getByRole('combobox', { name: 'Categories' }).click();
  await pickOption(page, food.nameEn);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/welfare\/campaigns\/WC[^/]+$/);
  const campaignId = new URL(page.url()).pathname.split('/').pop()!;
  const preview = page.getByTestId('campaign-preview');
  await expect(preview).toContainText(money(cost));
  await expect(preview).toContainText('Needs 1 approval level(s)');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-welfare-campaign-departments'), fullPage: true });
  await page.getByRole('button', { name: `Grant to ${reached} employees` }).click();
  const submitted = page.getByRole('status').filter({ hasText: 'credited once approved' });
  await expect(submitted).toBeVisible();
  const grantId = /\((WG[^)]+)\)/.exec((await submitted.textContent()) ?? '')![1];
  expect((await account(EMPLOYEE)).balance).toBe(before.balance);
  await switchLanguage(page, 'zh-CN');
  await signOut(page);

  // The other HR user finds the grant in the one approval inbox and approves it (read in both languages).
  await signIn(page, HR2);
  await page
    .getByTestId('side-nav')
    .getByRole('link', { name: /^审批中心/ })
    .click();
  const row = page
    .getByRole('list', { name: '待审批' })
    .getByRole('listitem')
    .filter({ hasText: name });
  await expect(row).toContainText('福利积分发放');
  await expect(row).toContainText(money(cost));
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-approvals-grant'), fullPage: true });
  await row.getByRole('link').first().click();
  const summary = page.getByTestId('grant-summary');
  await expect(summary).toContainText(money(cost));
  await expect(summary).toContainText(`每人 ${points} 积分 × ${reached} 人`);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-approval-grant'), fullPage: true });
  await switchLanguage(page, 'en');
  await expect(summary).toContainText(`${points} points × ${reached} employees`);
  await expect(page.getByText(/^Welfare points grant · /)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-approval-grant'), fullPage: true });
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved.' })).toBeVisible();
  await switchLanguage(page, 'zh-CN');
  await signOut(page);
  const { body: grant } = await apiGet<{ status: string }>(HR, `/welfare/grants/${grantId}`);
  expect(grant.status).toBe('credited');

  // The employee has the points, is told so, and the store shows this campaign's gifts first.
  expect((await account(EMPLOYEE)).balance).toBe(before.balance + points);
  await signIn(page, EMPLOYEE);
  await page.goto('/welfare/store');
  await expect(page.getByTestId('points-summary')).toContainText(count(before.balance + points));
  // The bell marks that something is unread with a dot that stands out from the bar (3:1 or more).
  const bellIcon = page.getByTestId('notifications').locator('mat-icon');
  await expect(bellIcon).toHaveClass(/\bunread\b/);
  const [dot, bar] = await bellIcon.evaluate((icon) => [
    getComputedStyle(icon, '::after').backgroundColor,
    getComputedStyle(icon.closest('mat-toolbar')!).backgroundImage,
  ]);
  const barColours = bar.match(/rgba?\([^)]*\)/g) ?? [];
  expect(barColours.length).toBeGreaterThan(0);
  for (const colour of barColours) expect(contrast(dot, colour)).toBeGreaterThanOrEqual(3);
  await page.getByTestId('notifications').click();
  await expect(page.getByRole('menu')).toContainText(`${name}：${points} 福利积分已到账`);
  await page.keyboard.press('Escape');
  const current = page.getByTestId('current-campaign');
  await expect(current.getByRole('heading', { name: `本期活动 · ${name}` })).toBeVisible();
  await expect(current.getByRole('listitem').first()).toContainText('活动礼品');
  await current.scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-store-campaign') });
  await page.setViewportSize({ width: 390, height: 844 });
  await current.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await settled(page);
  await page.screenshot({ path: shot('phone-zh-welfare-store-campaign') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await signOut(page);

  // HR reads the campaign's report: reached, cost, a chart.
  await signIn(page, HR);
  await page.goto(`/welfare/campaigns/${campaignId}`);
  await page.getByRole('link', { name: '查看报表' }).click();
  await expect(page.getByRole('heading', { name: `${name} · 报表`, level: 1 })).toBeVisible();
  const kpis = page.getByTestId('report-kpis');
  await expect(kpis).toContainText(`${reached} 人`);
  await expect(kpis).toContainText(money(cost));
  await expect(page.locator('app-campaign-report-charts svg').first()).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-welfare-report'), fullPage: true });
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: `${nameEn} · report`, level: 1 })).toBeVisible();
  await expect(kpis).toContainText(`${reached} people`);
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-welfare-report'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(kpis).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await settled(page);
  await page.screenshot({ path: shot('phone-en-welfare-report'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await switchLanguage(page, 'zh-CN');
});

/** WCAG's contrast ratio of two opaque CSS colours written `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
