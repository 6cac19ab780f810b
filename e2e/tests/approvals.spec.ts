import { expect, test, type Page } from '../support/fixtures';
import {
  apiGet,
  apiPost,
  budget,
  findProducts,
  money,
  order,
  procurementBudget,
  unitPriceAt,
  userName,
  validQtyAtLeast,
  type Product,
} from '../support/api';
import {
  addFromCatalog,
  BUYER,
  BUYER_COST_CENTER,
  emptyCart,
  expectBudgetRow,
  openCheckout,
  placedOrderId,
} from '../support/procurement';
import { settled, shot, signIn, signOut, switchLanguage } from '../support/session';

// Budgets and approvals: HR rejects an order over the threshold and the commitment is released;
// a two-level order needs two different HR users, level after level; a budget request, once approved,
// raises the budget.
// The database is shared by the whole run: every journey reads the numbers it needs before acting.

const HR = 'hr@c1.example';
const HR2 = 'hr2@c1.example';
const APPROVAL_THRESHOLD_FEN = 500_000;
const SECOND_THRESHOLD_FEN = 5_000_000;

test.describe.configure({ timeout: 150_000 });

/** A laptop and the smallest valid quantity whose total lies in [min, max). */
async function laptopOrder(
  minFen: number,
  maxFen: number,
): Promise<{ product: Product; qty: number; totalFen: number }> {
  const fits = (p: Product): number | null => {
    for (let q = validQtyAtLeast(p, 1); q <= Math.min(p.stock, 50); q += p.packSize) {
      const total = q * unitPriceAt(p, q);
      if (total >= maxFen) return null;
      if (total >= minFen) return q;
    }
    return null;
  };
  const [product] = await findProducts(BUYER, '笔记本电脑', (p) => fits(p) !== null);
  const qty = fits(product)!;
  return { product, qty, totalFen: qty * unitPriceAt(product, qty) };
}

/** As the buyer: orders `qty` of the product in the UI and returns the order id. */
async function buyerPlacesOrder(
  page: Page,
  product: Product,
  qty: number,
  levels: 1 | 2,
): Promise<string> {
  await signIn(page, BUYER);
  await emptyCart(page);
  await addFromCatalog(page, product, qty);
  await openCheckout(page);
  await expect(
    page.getByText(`需要 ${levels} 级审批，由人力/审批人审批`, { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: '提交订单' }).click();
  const id = await placedOrderId(page);
  await expect(
    page.getByRole('status').filter({ hasText: `订单 ${id} 已提交，正在等待审批。` }),
  ).toBeVisible();
  return id;
}

/** The inbox row of a task, found by its title (and level when the subject has two). */
function inboxRow(page: Page, title: string, level?: string) {
  let row = page
    .getByRole('list', { name: /^(待审批|Pending)$/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
  if (level) row = row.filter({ hasText: level });
  return row;
}

async function openInbox(page: Page): Promise<void> {
  await page
    .getByTestId('side-nav')
    .getByRole('link', { name: /^(审批中心|Approvals)/ })
    .click();
  await expect(
    page.getByRole('heading', { name: /^(审批中心|Approvals)$/, level: 1 }),
  ).toBeVisible();
}

test('HR rejects an order over the threshold with a comment; the buyer sees why and the budget is released', async ({
  page,
}) => {
  const { product, qty, totalFen } = await laptopOrder(
    APPROVAL_THRESHOLD_FEN,
    SECOND_THRESHOLD_FEN,
  );
  const before = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  const id = await buyerPlacesOrder(page, product, qty, 1);
  const committed = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  expect(committed.committedFen - before.committedFen).toBe(totalFen);
  await signOut(page);

  await signIn(page, HR);
  // The navigation counts what waits for HR, legibly (white on the brand colour, not red on red).
  const badge = page.getByTestId('side-nav').getByTestId('approvals-badge');
  await expect(badge).toHaveText(/^\d+$/);
  const [color, background] = await badge.evaluate((e) => [
    getComputedStyle(e).color,
    getComputedStyle(e).backgroundColor,
  ]);
  expect(color).not.toBe(background);
  expect(color).toBe('rgb(255, 255, 255)');
  await openInbox(page);
  const row = inboxRow(page, `采购订单 ${id}`);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(money(totalFen));
  await expect(row).toContainText('王志强');
  await expect(row).toContainText('第 1 级，共 1 级');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-approvals-inbox'), fullPage: true });

  await row.getByRole('link', { name: `采购订单 ${id}` }).click();
  await expect(page.getByRole('heading', { name: `采购订单 ${id}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(product.sku) })).toContainText(
    money(totalFen),
  );
  await expect(page.getByTestId('rule')).toHaveText(
    `金额达到公司审批阈值 ${money(APPROVAL_THRESHOLD_FEN)}，需要人力审批。`,
  );
  await expect(page.getByText('王志强').first()).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-approval-decision'), fullPage: true });

  // A rejection needs a comment.
  await page.getByRole('button', { name: '驳回' }).click();
  await expect(page.getByText('驳回必须填写意见，请说明原因。')).toBeVisible();
  const comment = `超出本季度采购计划，请改为分批采购（${id}）`;
  await page.getByLabel('意见（驳回时必填）').fill(comment);
  await page.getByRole('button', { name: '驳回' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已驳回。' })).toBeVisible();
  await expect(page.getByTestId('task-status')).toHaveText('已驳回');
  await signOut(page);

  // The buyer's bell tells the outcome, in their language, and leads to the order.
  await signIn(page, BUYER);
  const bell = page.getByTestId('notifications');
  await expect(bell).toHaveAccessibleName(/通知（[1-9]\d* 条未读）/);
  await bell.click();
  const note = page.getByRole('menuitem').filter({ hasText: `采购订单 ${id}` });
  await expect(note).toContainText(`被${await userName(HR)}驳回：“${comment}”`);
  await note.click();
  await expect(page.getByRole('heading', { name: `订单 ${id}`, level: 1 })).toBeVisible();

  await page.goto('/procurement/orders');
  const listed = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: id, exact: true }) });
  await expect(listed).toContainText('已驳回');
  await listed.getByRole('link', { name: id }).click();
  await expect(page.getByRole('heading', { name: `订单 ${id}`, level: 1 })).toBeVisible();
  const timeline = page.getByRole('region', { name: '订单进度' });
  const rejected = timeline.getByRole('listitem').filter({ hasText: '审批驳回' });
  await expect(rejected).toContainText(`“${comment}”`);
  await expect(rejected).toContainText(await userName(HR));
  await expect(page.locator('header.head')).toContainText('已驳回');
  expect((await order(BUYER, id)).status).toBe('rejected');

  // The commitment is released: committed is back where it was before the order.
  const after = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  expect(committed.committedFen - after.committedFen).toBe(totalFen);
  await expectBudgetRow(page, after);
});

test('an order at the second threshold needs two different HR approvers, level after level', async ({
  page,
}) => {
  const { product, qty, totalFen } = await laptopOrder(
    SECOND_THRESHOLD_FEN,
    SECOND_THRESHOLD_FEN * 2,
  );
  const id = await buyerPlacesOrder(page, product, qty, 2);
  // Level 2 waits for level 1: only level 1 is in progress.
  await page.goto(`/procurement/orders/${id}`);
  const progress = page.getByRole('region', { name: '订单进度' });
  await expect(progress.getByRole('listitem').filter({ hasText: '等待第 1 级审批' })).toContainText(
    '进行中',
  );
  await expect(progress.getByRole('listitem').filter({ hasText: '等待第 2 级审批' })).toContainText(
    '未开始',
  );
  await signOut(page);

  await signIn(page, HR);
  await openInbox(page);
  const level1 = inboxRow(page, `采购订单 ${id}`);
  await expect(level1).toHaveCount(1);
  await expect(level1).toContainText('第 1 级，共 2 级');
  await level1.getByRole('link').click();
  await expect(page.getByTestId('rule')).toHaveText(
    `金额达到公司二级审批阈值 ${money(SECOND_THRESHOLD_FEN)}，需要两位不同的审批人。`,
  );
  await expect(page.getByRole('row', { name: new RegExp(product.sku) })).toContainText(
    money(totalFen),
  );
  await page.getByLabel('意见（驳回时必填）').fill('同意，第一级');
  await page.getByRole('button', { name: '批准' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已批准。' })).toBeVisible();

  // Level 2 is now open, but not to the person who approved level 1: it is not in their inbox.
  const inboxLoaded = page.waitForResponse((r) => {
    const url = new URL(r.url());
    // The inbox's page of pending tasks (the navigation badge asks for a count only).
    return url.pathname === '/api/approvals' && url.searchParams.has('_page');
  });
  await page.getByRole('link', { name: '返回审批中心' }).first().click();
  await inboxLoaded;
  // the browser may drop a response body before it is read: ask the API for the same inbox
  const { body: offered } = await apiGet<{ subjectId: string }[]>(HR, '/approvals?status=pending');
  expect(offered.filter((t) => t.subjectId === id)).toEqual([]);
  await expect(inboxRow(page, `采购订单 ${id}`)).toHaveCount(0);
  expect((await order(BUYER, id)).status).toBe('pending_approval');
  await signOut(page);

  // A second HR user approves the second level (in English).
  await signIn(page, HR2);
  await switchLanguage(page, 'en');
  await openInbox(page);
  const row = inboxRow(page, `Purchase order ${id}`);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Level 2 of 2');
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-approvals-inbox'), fullPage: true });
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: `Purchase order ${id}`, level: 1 })).toBeVisible();
  // The earlier decision is there, with who decided and the comment.
  const decided = page.getByRole('listitem').filter({ hasText: /^Level 1 of 2\s*Approved/ });
  // In the English UI the decider's name is the English one.
  await expect(decided).toContainText(await userName(HR, 'en'));
  await expect(decided).toContainText('同意，第一级');
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-approval-decision'), fullPage: true });
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved.' })).toBeVisible();
  await switchLanguage(page, 'zh-CN');
  await signOut(page);

  await signIn(page, BUYER);
  await page.goto(`/procurement/orders/${id}`);
  const timeline = page.getByRole('region', { name: '订单进度' });
  await expect(timeline.getByRole('listitem').filter({ hasText: '第 1 级审批通过' })).toContainText(
    await userName(HR),
  );
  await expect(timeline.getByRole('listitem').filter({ hasText: '第 2 级审批通过' })).toContainText(
    await userName(HR2),
  );
  await expect(timeline).toContainText('订单已批准');
  expect((await order(BUYER, id)).status).toBe('approved');
});

test('a budget request made in the budgets pages is approved by HR and the budget grows by the delta', async ({
  page,
}) => {
  await signIn(page, BUYER);
  await page.getByTestId('side-nav').getByRole('link', { name: /^预算/ }).click();
  await expect(page.getByRole('heading', { name: '预算', level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(
    '您可以查看本部门成本中心的预算（只读），并可申请追加。',
  );
  const before = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  await expectBudgetRow(page, before);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-budgets'), fullPage: true });
  // the budget filters are in the URL: a reload and back/forward keep them
  const budgetLink = page.getByRole('link', {
    name: `查看 ${BUYER_COST_CENTER.label} · 采购 · ${before.period} 的预算明细`,
  });
  await page.getByRole('combobox', { name: '类别' }).click();
  await page.getByRole('option', { name: '采购' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/budgets\\?year=${before.period}&category=procurement$`),
  );
  await page.reload();
  await expect(page.getByRole('combobox', { name: '类别' })).toContainText('采购');
  await expect(page.getByRole('combobox', { name: '年度' })).toContainText(before.period);
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: '全部年度' }).click();
  await expect(page).toHaveURL(/\/budgets\?year=all&category=procurement$/);
  await page.reload();
  // every year stays chosen (a reload that lost it would show the latest year)
  await expect(page).toHaveURL(/\/budgets\?year=all&category=procurement$/);
  await expect(page.getByRole('combobox', { name: '类别' })).toContainText('采购');
  await expect(budgetLink).toBeVisible();
  await expect(page.getByRole('combobox', { name: '年度' })).toContainText('全部年度');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: '年度' })).toContainText(before.period);
  await expect(budgetLink).toBeVisible();

  // A delta that no other request of the run has: ¥1,000.00–¥9,999.99 from the clock.
  const deltaFen = 100_000 + (Date.now() % 900_000);
  const reason = `第四季度新员工入职，办公设备采购追加（${deltaFen}）`;
  await page
    .getByRole('link', {
      name: `为 ${BUYER_COST_CENTER.label} · 采购 · ${before.period} 申请追加预算`,
    })
    .click();
  await expect(page.getByRole('heading', { name: '申请追加预算', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^预算/ })).toContainText(
    `${BUYER_COST_CENTER.label} · 采购 · ${before.period}`,
  );
  await page.getByLabel(/^追加金额（元）/).fill((deltaFen / 100).toFixed(2));
  await page.getByLabel(/^理由/).fill(reason);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('request-done')).toContainText(`追加 ${money(deltaFen)}`);
  await signOut(page);

  await signIn(page, HR);
  await openInbox(page);
  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '预算追加' }).click();
  const row = page
    .getByRole('list', { name: '待审批' })
    .getByRole('listitem')
    .filter({ hasText: money(deltaFen) });
  await expect(row).toHaveCount(1);
  // the filter is in the URL: a reload keeps it
  await expect(page).toHaveURL(/\/approvals\?type=budgetRequest$/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: '类型' })).toContainText('预算追加');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('预算追加申请：采购部成本中心 采购预算');
  await row.getByRole('link').click();
  await expect(page.getByTestId('rule')).toHaveText(
    '预算追加申请须经人力审批，批准后预算总额增加。',
  );
  await expect(page.getByText(reason)).toBeVisible();
  await page.getByRole('button', { name: '批准' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已批准。' })).toBeVisible();

  // The budget's amount grew by exactly the delta, in the ledger and on the budget's page.
  const after = await budget(HR, before.id);
  expect(after.amountFen - before.amountFen).toBe(deltaFen);
  await page.getByRole('link', { name: '查看预算明细' }).click();
  await expect(page.getByTestId('amount')).toHaveText(money(after.amountFen));
  await expect(page.getByTestId('available')).toHaveText(money(after.availableFen));
  const movement = page
    .getByRole('row')
    .filter({ hasText: '预算调整' })
    .filter({ hasText: reason });
  await expect(movement).toContainText(`+${money(deltaFen)}`);

  // The budgets page in English.
  await page.goto('/budgets');
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Budgets', level: 1 })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-budgets'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
  await signOut(page);

  // The requester is told the outcome.
  await signIn(page, BUYER);
  await page.goto('/budgets/requests');
  const mine = page.getByRole('listitem').filter({ hasText: reason });
  await expect(mine).toContainText('已批准');
  await expect(page.getByRole('region', { name: '审批结果通知' })).toContainText(/批准/);
});

test('the approvals tab is in the URL: reload and back/forward return to it', async ({ page }) => {
  await signIn(page, HR);
  await openInbox(page);
  await page.getByRole('tab', { name: '审批历史' }).click();
  await expect(page).toHaveURL(/\/approvals\?tab=history$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: '审批历史' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.goBack();
  await expect(page.getByRole('tab', { name: '待审批' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(page.getByRole('tab', { name: '审批历史' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // the keyboard of a tablist: one tab stop, arrows move to the other tab and show it
  await page.getByRole('tab', { name: '审批历史' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: '待审批' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '待审批' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/approvals$/);
  await expect(page.getByRole('tabpanel', { name: '待审批' })).toBeVisible();
});

test('HR approves two budget requests at once: select, 批准所选, 确认 in the dialog', async ({
  page,
}) => {
  const { id: budgetId } = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  const deltas = [0, 1].map((i) => 10_000 + ((Date.now() + i * 7919) % 90_000));
  for (const deltaFen of deltas) {
    await apiPost(BUYER, '/budget-requests', {
      budgetId,
      deltaFen,
      reason: '批量审批：办公用品补充',
    });
  }
  await signIn(page, HR);
  await openInbox(page);
  const rows = deltas.map((d) =>
    page
      .getByRole('list', { name: '待审批' })
      .getByRole('listitem')
      .filter({ hasText: money(d) }),
  );
  for (const row of rows) await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: '批准所选' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('意见（可选）').fill('同意补充');
  await dialog.getByRole('button', { name: '确认' }).click();

  await expect(page.getByText('已批准 2 项，失败 0 项')).toBeVisible();
  await expect(page).toHaveURL(/\/approvals$/);
  for (const row of rows) await expect(row).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('HR sees the pending requests in the inbox', async ({ page }) => {
    // Something to decide: a budget request, made on the phone by the buyer.
    await signIn(page, BUYER);
    await page.goto('/budgets/requests/new');
    await page.getByRole('combobox', { name: /^预算/ }).click();
    await page
      .getByRole('option', { name: new RegExp(`${BUYER_COST_CENTER.label} · 采购`) })
      .click();
    const deltaFen = 100_000 + ((Date.now() + 7) % 900_000);
    await page.getByLabel(/^追加金额（元）/).fill((deltaFen / 100).toFixed(2));
    await page.getByLabel(/^理由/).fill('手机上提交的追加申请');
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect(page.getByTestId('request-done')).toBeVisible();
    await signOut(page);

    await signIn(page, HR);
    await page.goto('/approvals');
    await expect(page.getByRole('heading', { name: '审批中心', level: 1 })).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: '待审批' })
        .getByRole('listitem')
        .filter({ hasText: money(deltaFen) }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-approvals-inbox'), fullPage: true });

    // the request: approve and reject on screen at once, without scrolling
    await page
      .getByRole('list', { name: '待审批' })
      .getByRole('listitem')
      .filter({ hasText: money(deltaFen) })
      .getByRole('link')
      .click();
    await expect(page.getByText('手机上提交的追加申请')).toBeVisible();
    await expect(page.getByTestId('approve')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('reject')).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-approval-detail') });
    await switchLanguage(page, 'en');
    await expect(page.getByRole('button', { name: 'Approve' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: shot('phone-en-approval-detail') });
    await switchLanguage(page, 'zh-CN');
  });
});
