import { expect, test, type Page } from '../support/fixtures';
import {
  apiGet,
  findProducts,
  money,
  order,
  orderCount,
  procurementBudget,
  unitPriceAt,
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
import { settled, shot, signIn, switchLanguage } from '../support/session';

// e采购 as the buyer: catalog → product → cart, bulk import with fixes, checkout under and over
// the approval threshold with the budget moving, and one order for a double-clicked submit.
// The database is shared by the whole run: every journey reads the numbers it needs before acting.

const APPROVAL_THRESHOLD_FEN = 500_000; // company c1: one approval level at ≥ ¥5,000
const SECOND_THRESHOLD_FEN = 5_000_000; // two levels at ≥ ¥50,000

/** A cheap product (one MOQ stays far below the approval threshold), MOQ and pack size above 1. */
async function cheapProduct(): Promise<Product> {
  const [p] = await findProducts(
    BUYER,
    '自动铅笔',
    (p) =>
      p.moq > 1 &&
      p.packSize > 1 &&
      p.stock >= 100 * p.moq &&
      p.moq * unitPriceAt(p, p.moq) < 50_000,
  );
  return p;
}

/** The cart line of a product (its row in the cart list). */
function cartLine(page: Page, p: Product) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: p.name, exact: true }) });
}

// Long journeys on a busy 2-core machine (the dev server compiles each page on first use).
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await signIn(page, BUYER);
  await emptyCart(page);
});

test('a buyer finds a product by keyword, opens it and adds a valid quantity to the cart', async ({
  page,
}) => {
  const keyword = '自动铅笔';
  const { body: hits, total } = await apiGet<Product[]>(
    BUYER,
    `/products?q=${encodeURIComponent(keyword)}&channels_like=procurement&_limit=20`,
  );
  const product = hits.find((p) => p.moq > 1 && p.packSize > 1 && p.stock >= 10 * p.moq);
  expect(product, 'a product with MOQ and pack size above 1 on the first page').toBeTruthy();
  const p = product!;

  await page
    .getByTestId('side-nav')
    .getByRole('link', { name: /^e采购/ })
    .click();
  await expect(page.getByRole('heading', { name: '合同商品目录', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索商品' }).fill(keyword);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(keyword)}`));
  await expect(page.getByRole('heading', { name: `共 ${total} 件商品` })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards.first()).toContainText(keyword);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-catalog'), fullPage: true });

  // The search survives a reload (the URL holds it).
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '搜索商品' })).toHaveValue(keyword);
  await page.getByRole('link', { name: p.name, exact: true }).click();

  await expect(page.getByRole('heading', { name: p.name, level: 1 })).toBeVisible();
  await expect(page.getByText(`${p.moq} ${p.unit}`, { exact: true }).first()).toBeVisible();
  const qty = page.getByRole('textbox', { name: '数量' });
  // Below the MOQ: explained, not addable, with a one-click correction.
  await qty.fill(String(p.moq - 1));
  await expect(page.getByText(`低于起订量 ${p.moq} ${p.unit}。`)).toBeVisible();
  const add = page.getByRole('button', { name: '加入购物车', exact: true });
  await expect(add).toBeDisabled();
  const valid = validQtyAtLeast(p, p.moq - 1);
  await page.getByRole('button', { name: `改为 ${valid}` }).click();
  await expect(qty).toHaveValue(String(valid));
  // Not a pack multiple: explained too.
  await qty.fill(String(valid + 1));
  await expect(page.getByText(`须为包装数 ${p.packSize} 的整数倍。`)).toBeVisible();
  await expect(add).toBeDisabled();
  await qty.fill(String(valid));
  await expect(page.getByText(`小计 ${money(valid * unitPriceAt(p, valid))}`)).toBeVisible();
  await expect(add).toBeEnabled();
  await add.click();
  await expect(page.getByRole('link', { name: `购物车中已有 ${valid} ${p.unit}` })).toBeVisible();
  await page.screenshot({ path: shot('desktop-zh-product'), fullPage: true });

  await page.getByRole('link', { name: `购物车中已有 ${valid} ${p.unit}` }).click();
  await expect(page.getByRole('heading', { name: '购物车', level: 1 })).toBeVisible();
  const line = cartLine(page, p);
  await expect(line).toHaveCount(1);
  await expect(line.getByRole('textbox')).toHaveValue(String(valid));
  await expect(line).toContainText(money(valid * unitPriceAt(p, valid)));
  // The cart is on the server: it survives a reload.
  await page.reload();
  await expect(cartLine(page, p).getByRole('textbox')).toHaveValue(String(valid));
  await page.screenshot({ path: shot('desktop-zh-cart'), fullPage: true });
});

test('a buyer imports a CSV with good and bad lines, sees each problem, fixes them and adds the good lines', async ({
  page,
}) => {
  const [a, b, c] = await findProducts(
    BUYER,
    '笔',
    (p) => p.moq > 1 && p.packSize > 1 && p.stock >= 100 * p.moq,
    3,
  );
  const unknown = 'ZZ99-000000';
  const belowMoq = a.moq - 1;
  const notPack = b.moq + 1;
  const csv = [
    'SKU,数量',
    `${a.sku},${belowMoq}`,
    `${b.sku},${notPack}`,
    `${c.sku},${c.moq}`,
    `${unknown},5`,
    `${c.sku},${c.moq}`,
  ].join('\n');

  await page
    .getByRole('navigation', { name: 'e采购导航', exact: true })
    .getByRole('link', { name: '批量导入', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '批量导入', level: 1 })).toBeVisible();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'order.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

  await expect(page.getByText('3 行有错误')).toBeVisible();
  await expect(page.getByText('2 行可下单')).toBeVisible();
  await expect(page.getByText('2 行有提醒')).toBeVisible();
  const row = (sku: string) =>
    page.getByRole('row').filter({ has: page.getByRole('cell', { name: sku, exact: true }) });
  const fixA = validQtyAtLeast(a, belowMoq);
  const fixB = validQtyAtLeast(b, notPack);
  await expect(row(a.sku)).toContainText(`数量 ${belowMoq} 低于起订量 ${a.moq}。`);
  await expect(row(b.sku)).toContainText(`数量 ${notPack} 不是包装数 ${b.packSize} 的整数倍。`);
  await expect(row(unknown)).toContainText(`找不到 SKU “${unknown}”。`);
  await expect(row(c.sku)).toHaveCount(2);
  for (const r of await row(c.sku).all())
    await expect(r).toContainText('该 SKU 在表格中出现 2 次（首次在第 4 行）。');
  await page.screenshot({ path: shot('desktop-zh-import-preview'), fullPage: true });

  // Show every line, not only those with problems, to see the fixes land.
  const problemsOnly = page.getByRole('switch', { name: '只看有问题的行' });
  await expect(problemsOnly).toBeChecked();
  await problemsOnly.click();
  await expect(problemsOnly).not.toBeChecked();
  // One click per problem: round up, merge, drop.
  await row(a.sku)
    .getByRole('button', { name: `改为 ${fixA}` })
    .click();
  await expect(row(a.sku).getByRole('textbox')).toHaveValue(String(fixA));
  await row(b.sku)
    .getByRole('button', { name: `改为 ${fixB}` })
    .click();
  await expect(row(b.sku).getByRole('textbox')).toHaveValue(String(fixB));
  await row(c.sku).first().getByRole('button', { name: '合并重复行' }).click();
  await expect(row(c.sku)).toHaveCount(1);
  await expect(row(c.sku).getByRole('textbox')).toHaveValue(String(2 * c.moq));
  await row(unknown).getByRole('button', { name: '删除此行' }).click();
  await expect(row(unknown)).toHaveCount(0);
  await expect(page.getByText('0 行有错误')).toBeVisible();
  await expect(page.getByText('3 行可下单')).toBeVisible();

  await page.getByRole('button', { name: '将 3 行加入购物车' }).click();
  await expect(page).toHaveURL(/\/procurement\/cart$/);
  for (const [p, qty] of [
    [a, fixA],
    [b, fixB],
    [c, 2 * c.moq],
  ] as const) {
    await expect(cartLine(page, p).getByRole('textbox')).toHaveValue(String(qty));
  }
  await expect(page.getByRole('list', { name: '购物车商品' }).getByRole('listitem')).toHaveCount(3);
});

test('below the approval threshold the order is approved at once and the budget commits its total', async ({
  page,
}) => {
  const p = await cheapProduct();
  const qty = p.moq;
  const totalFen = qty * unitPriceAt(p, qty);
  expect(totalFen).toBeLessThan(APPROVAL_THRESHOLD_FEN);
  await addFromCatalog(page, p, qty);
  const before = await procurementBudget(BUYER, BUYER_COST_CENTER.id);

  await openCheckout(page);
  await expect(
    page.getByText(
      `无需审批：订单金额低于审批阈值 ${money(APPROVAL_THRESHOLD_FEN)}，提交后即生效。`,
    ),
  ).toBeVisible();
  const flow = page.locator('.budget__flow');
  await expect(flow).toContainText(`当前可用${money(before.availableFen)}`);
  await expect(flow).toContainText(`下单后可用${money(before.availableFen - totalFen)}`);
  await expect(page.getByRole('complementary', { name: '订单摘要' })).toContainText(
    money(totalFen),
  );
  await page.screenshot({ path: shot('desktop-zh-checkout'), fullPage: true });
  await page.getByRole('button', { name: '提交订单' }).click();

  const id = await placedOrderId(page);
  await expect(
    page.getByRole('status').filter({ hasText: `订单 ${id} 已提交并生效。` }),
  ).toBeVisible();
  await expect(page.locator('header.head')).toContainText('已批准');
  await expect(page.getByRole('row', { name: new RegExp(p.sku) })).toContainText(money(totalFen));
  await page.screenshot({ path: shot('desktop-zh-order-detail'), fullPage: true });
  expect((await order(BUYER, id)).status).toBe('approved');

  // The purchase order prints (or saves as PDF) without the app around it.
  await page.getByRole('link', { name: '打印采购单' }).click();
  const po = page.getByRole('article', { name: '采购订单' });
  await expect(po.getByRole('heading', { name: /^供应商：/ })).toBeVisible();
  await expect(po.getByTestId('po-total')).toHaveText(money(totalFen));
  await expect(po).toContainText('低于审批阈值，自动批准');
  await expect(po).toContainText('供应商确认（盖章）');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' }).first()).toBeHidden();
  await expect(page.getByRole('button', { name: '打印 / 另存为 PDF' })).toBeHidden();
  await page.screenshot({ path: shot('print-zh-purchase-order'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '返回订单' }).click();
  await expect(page).toHaveURL(new RegExp(`/procurement/orders/${id}$`));

  const after = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  expect(after.committedFen - before.committedFen).toBe(totalFen);
  await expectBudgetRow(page, after);

  await page.goto('/procurement/orders');
  const listed = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: id, exact: true }) });
  await expect(listed).toContainText('已批准');
  await expect(listed).toContainText(money(totalFen));
});

test('over the approval threshold the preview says so and the order waits for approval', async ({
  page,
}) => {
  // A laptop at its MOQ that costs between the two thresholds: one level of approval.
  const [p] = await findProducts(BUYER, '笔记本电脑', (x) => {
    const q = validQtyAtLeast(x, 1);
    const total = q * unitPriceAt(x, q);
    return x.stock >= q && total >= APPROVAL_THRESHOLD_FEN && total < SECOND_THRESHOLD_FEN / 2;
  });
  const qty = validQtyAtLeast(p, 1);
  const totalFen = qty * unitPriceAt(p, qty);
  await addFromCatalog(page, p, qty);
  const before = await procurementBudget(BUYER, BUYER_COST_CENTER.id);

  await openCheckout(page);
  await expect(
    page.getByText(`需要 1 级审批，由人力/审批人审批（阈值 ${money(APPROVAL_THRESHOLD_FEN)}）。`),
  ).toBeVisible();
  await expect(page.getByText('规则：金额达到审批阈值，需一级审批')).toBeVisible();
  await expect(page.locator('.budget__flow')).toContainText(
    `下单后可用${money(before.availableFen - totalFen)}`,
  );
  await page.screenshot({ path: shot('desktop-zh-checkout-approval'), fullPage: true });
  await page.getByRole('button', { name: '提交订单' }).click();

  const id = await placedOrderId(page);
  await expect(
    page.getByRole('status').filter({ hasText: `订单 ${id} 已提交，正在等待审批。` }),
  ).toBeVisible();
  await expect(page.locator('header.head')).toContainText('待审批');
  await expect(page.getByText('等待第 1 级审批')).toBeVisible();

  const after = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  expect(after.committedFen - before.committedFen).toBe(totalFen);
  await expectBudgetRow(page, after);

  await page.goto('/procurement/orders');
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.getByRole('option', { name: '待审批' }).click();
  const listed = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: id, exact: true }) });
  await expect(listed).toContainText('待审批');
  await expect(listed).toContainText(money(totalFen));
  await expect(page.getByRole('row').filter({ hasText: '已批准' })).toHaveCount(0);
});

test('a double-clicked submit makes exactly one order', async ({ page }) => {
  const p = await cheapProduct();
  await addFromCatalog(page, p, p.moq);
  const ordersBefore = await orderCount(BUYER);

  await openCheckout(page);
  await expect(page.getByText(/无需审批/)).toBeVisible();
  const submissions: Promise<unknown>[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/orders')
      submissions.push(r.response());
  });
  await page.getByRole('button', { name: '提交订单' }).dblclick();
  const id = await placedOrderId(page);
  // Every submission the double click sent has been answered before the orders are counted.
  await Promise.all(submissions);
  expect(await orderCount(BUYER)).toBe(ordersBefore + 1);

  await page.goto('/procurement/orders');
  await expect(page.getByRole('link', { name: id, exact: true })).toHaveCount(1);
  await expect(page.getByText(new RegExp(`共 ${ordersBefore + 1} 条`))).toBeVisible();
  // The cart was emptied after the order.
  await page
    .getByRole('navigation', { name: 'e采购导航', exact: true })
    .getByRole('link', { name: /^购物车/ })
    .click();
  await expect(page.getByText('购物车是空的。')).toBeVisible();
});

test('the order list keeps its status filter in the URL: reload and back/forward', async ({
  page,
}) => {
  await page.goto('/procurement/orders');
  await expect(page.getByRole('heading', { name: '我的订单', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.getByRole('option', { name: '已批准' }).click();
  await expect(page).toHaveURL(/\/procurement\/orders\?status=approved$/);
  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: /^PO/ }) });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText('已批准');

  await page.reload();
  await expect(page.getByRole('combobox', { name: '状态' })).toContainText('已批准');
  for (const row of await rows.all()) await expect(row).toContainText('已批准');

  await page.goBack();
  await expect(page).toHaveURL(/\/procurement\/orders$/);
  await expect(page.getByRole('combobox', { name: '状态' })).not.toContainText('已批准');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: '状态' })).toContainText('已批准');
});

test('the catalog in English', async ({ page }) => {
  await page.goto('/procurement/catalog');
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Contract catalog', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search products' }).fill('pencil');
  await expect(page.getByRole('article').first()).toContainText(/pencil/i);
  await expect(page.getByRole('button', { name: /^Add to cart: .+$/ }).first()).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-catalog'), fullPage: true });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the catalog fits a phone', async ({ page }) => {
    await page.goto('/procurement/catalog?q=%E8%87%AA%E5%8A%A8%E9%93%85%E7%AC%94');
    await expect(page.getByRole('heading', { name: '合同商品目录', level: 1 })).toBeVisible();
    await expect(page.getByRole('article').first()).toContainText('自动铅笔');
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-catalog'), fullPage: true });
    // the filters start closed on a phone (their fields are made when opened) and work once opened
    const inStock = page.getByRole('switch', { name: '仅看有货' });
    await expect(inStock).toHaveCount(0);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await inStock.click();
    await expect(page).toHaveURL(/[?&]inStock=1/);
    await expect(page.getByRole('article').first()).toContainText('自动铅笔');
  });

  test('quick order, order list and checkout show product, problem, total and the main action', async ({
    page,
  }) => {
    const p = await cheapProduct();
    const lineFen = p.moq * unitPriceAt(p, p.moq);
    await page.goto('/procurement/quick-order');
    await page.getByRole('textbox', { name: '第 1 行 SKU' }).fill(p.sku);
    await page.getByRole('textbox', { name: '第 1 行数量' }).fill(String(p.moq));
    await page.getByRole('button', { name: '添加一行' }).click();
    await page.getByRole('textbox', { name: '第 2 行 SKU' }).fill('ZZ99-000001');
    await page.getByRole('textbox', { name: '第 2 行数量' }).fill('5');
    // product, problem and line total of each row on screen, not off to the right
    await expect(page.getByText(p.name).first()).toBeInViewport({ ratio: 1 });
    await expect(page.getByText('找不到 SKU “ZZ99-000001”。')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('cell', { name: money(lineFen) })).toBeInViewport({ ratio: 1 });
    // the total and the main action stay at the bottom of the screen
    const bar = page.getByTestId('quick-order-bar');
    await expect(bar.getByText(money(lineFen))).toBeInViewport({ ratio: 1 });
    const add = bar.getByRole('button', { name: '加入购物车（1 行）' });
    await expect(add).toBeInViewport({ ratio: 1 });
    await expectNoSideScroll(page);
    await page.screenshot({ path: shot('phone-zh-quick-order') });
    await add.click();
    await expect(page.getByText('已加入购物车（1 行）')).toBeVisible();

    // checkout: submit and total on screen at once, the form scrolling under them
    await page.goto('/procurement/checkout');
    await expect(page.getByRole('heading', { name: '结算', level: 1 })).toBeVisible();
    const actions = page.getByTestId('checkout-actions');
    await expect(actions.getByRole('button', { name: '提交订单' })).toBeInViewport({ ratio: 1 });
    await expect(actions.getByText(money(lineFen))).toBeInViewport({ ratio: 1 });
    await page.getByLabel('收货地址').scrollIntoViewIfNeeded();
    await expect(actions.getByRole('button', { name: '提交订单' })).toBeInViewport({ ratio: 1 });
    await expectNoSideScroll(page);
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-checkout') });
    await switchLanguage(page, 'en');
    await expect(actions.getByRole('button', { name: 'Place order' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: shot('phone-en-checkout') });
    await switchLanguage(page, 'zh-CN');

    // order list: number, status and total of every order on screen
    await page.goto('/procurement/orders');
    const first = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /^PO/ }) })
      .first();
    await expect(first).toBeVisible();
    await expect(first.getByRole('link', { name: /^PO/ })).toBeInViewport({ ratio: 1 });
    await expect(first.getByRole('cell').filter({ hasText: /¥/ })).toBeInViewport({ ratio: 1 });
    await expect(first.getByText(/待审批|已批准|已收货|已驳回|已取消/)).toBeInViewport({
      ratio: 1,
    });
    await expectNoSideScroll(page);
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-orders') });
    await switchLanguage(page, 'en');
    await expect(first.getByText(/Pending|Approved|Received|Rejected|Cancelled/)).toBeInViewport({
      ratio: 1,
    });
    await page.screenshot({ path: shot('phone-en-orders') });
  });

  test('the import preview shows each problem and its fix on screen', async ({ page }) => {
    const p = await cheapProduct();
    await page.goto('/procurement/import');
    await page.locator('input[type=file]').setInputFiles({
      name: 'order.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`SKU,数量\n${p.sku},${p.moq + 1}\nZZ99-000001,5\n`),
    });
    const fix = page.getByRole('button', { name: `改为 ${validQtyAtLeast(p, p.moq + 1)}` });
    await fix.scrollIntoViewIfNeeded();
    await expect(fix).toBeInViewport({ ratio: 1 });
    await expect(page.getByText('找不到 SKU “ZZ99-000001”。')).toBeInViewport({ ratio: 1 });
    await expectNoSideScroll(page);
    await page.screenshot({ path: shot('phone-zh-import') });
    await switchLanguage(page, 'en');
    await expect(page.getByText('No product with SKU “ZZ99-000001”.')).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: shot('phone-en-import') });
  });
});

test('a buyer orders from a shared 常用清单 at adjusted quantities, and saves the cart as a new one', async ({
  page,
}) => {
  await page.goto('/procurement/templates');
  await expect(page.getByRole('heading', { name: '常用清单', level: 1 })).toBeVisible();
  const restock = page.getByRole('listitem').filter({ hasText: '办公室月度补货' });
  await expect(restock).toContainText('已与部门共享');
  await restock.getByRole('link', { name: '按清单下单' }).click();
  await expect(page.getByRole('heading', { name: '办公室月度补货', level: 1 })).toBeVisible();
  const lines = page.getByTestId('template-lines').getByRole('listitem');
  const count = await lines.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // One more pack of the first line: the total follows at today's prices.
  const before = await page.getByTestId('template-total').textContent();
  await lines
    .first()
    .getByRole('button', { name: /^增加一包/ })
    .click();
  await expect(page.getByTestId('template-total')).not.toHaveText(before!);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-template'), fullPage: true });
  await page.getByRole('button', { name: '加入购物车' }).click();
  await expect(page).toHaveURL(/\/procurement\/cart$/);
  await expect(page.getByTestId('go-checkout')).toBeVisible();
  const { body: cart } = await apiGet<{ lines: unknown[] }>(BUYER, '/cart');
  expect(cart.lines).toHaveLength(count);

  // The cart becomes a template of its own, not shared.
  const name = `季度复购 ${Date.now() % 100_000}`;
  await page.getByRole('button', { name: '保存为常用清单' }).click();
  await page.getByLabel('清单名称').fill(name);
  await page.getByRole('button', { name: '保存清单' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `已保存常用清单“${name}”。` }),
  ).toBeVisible();
  await page.getByRole('link', { name: '查看清单' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId('template-lines').getByRole('listitem')).toHaveCount(count);
  await switchLanguage(page, 'en');
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-template'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
});

/** Nothing sticks out sideways on a 390 px phone. */
async function expectNoSideScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}
