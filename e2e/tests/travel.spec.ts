import { expect, test, type Page } from '@playwright/test';
import { apiGet, apiPost } from '../support/api';
import { settled, shot, signIn, signOut, switchLanguage } from '../support/session';

// e差旅: an employee requests a trip, HR approves it in the one inbox, the employee books an in-policy
// train and an out-of-policy hotel with a reason, closes the trip and sees the statement.
// The company's seat (the default origin) is Shanghai; trips start today (China time) so they can close.

const EMPLOYEE = 'employee@c1.example';
const HR = 'hr@c1.example';

test.describe.configure({ timeout: 150_000 });

/** A China date `days` after today. */
function chinaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The booking list of the search page and one of its offers. */
function results(page: Page) {
  return page.getByRole('list', { name: /^(搜索结果|Results)$/ }).getByRole('listitem');
}

/** Opens the destination picker as a finger does: a tap on the field (its label covers the select). */
async function addDestination(page: Page, label: string): Promise<void> {
  await page.locator('mat-form-field', { hasText: label }).click();
}

async function requestTrip(page: Page, purpose: string, city: string, end: string): Promise<void> {
  await page.goto('/travel');
  await page.getByRole('link', { name: '出差申请' }).click();
  await expect(page.getByRole('heading', { name: '出差申请', level: 1 })).toBeVisible();
  await page.getByLabel('出差事由').fill(purpose);
  await addDestination(page, '添加目的地');
  await page.getByRole('option', { name: city }).click();
  await expect(page.getByTestId('destinations')).toContainText(city);
  await page.getByLabel('出发日期').fill(chinaDay());
  await page.getByLabel('返回日期').fill(end);
  // The policy proposes an estimate; the employee raises it for a conference hotel.
  await expect(page.getByText('建议预估')).toBeVisible();
  await page.getByLabel(/^申请金额/).fill('8000');
  await settled(page);
}

test('an employee requests a trip, HR approves it, the employee books, closes and sees the statement', async ({
  page,
}) => {
  const purpose = `北京客户拜访 ${Date.now() % 100_000}`;
  const start = chinaDay();
  const end = chinaDay(2);
  await signIn(page, EMPLOYEE);
  await requestTrip(page, purpose, '北京', end);
  await page.screenshot({ path: shot('desktop-zh-travel-request'), fullPage: true });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/travel\/trips\/[^/]+$/);
  const tripId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: '北京', level: 1 })).toBeVisible();
  await expect(page.getByText('待审批').first()).toBeVisible();
  await signOut(page);

  // HR decides in the one inbox, with the trip's policy and budget on the screen.
  await signIn(page, HR);
  await page.goto('/approvals');
  const title = `差旅 上海 → 北京 ${start}–${end}`;
  await page
    .getByRole('list', { name: '待审批' })
    .getByRole('link', { name: title, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByTestId('trip-summary')).toContainText('¥8,000.00');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-travel-approval'), fullPage: true });
  await page.getByRole('button', { name: '批准' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已批准。' })).toBeVisible();
  await signOut(page);

  // The employee books an in-policy train: the best compliant offer.
  await signIn(page, EMPLOYEE);
  await page.goto('/travel');
  await page.getByRole('link', { name: new RegExp(purpose) }).click();
  await expect(page.getByText('已批准').first()).toBeVisible();
  await page.getByRole('link', { name: '预订机票/火车/酒店' }).click();
  await expect(page.getByRole('heading', { name: '预订', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '搜索' }).click();
  const train = results(page).filter({ hasText: '最优合规' });
  await expect(train).toHaveCount(1);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-travel-trains'), fullPage: true });
  await train.getByRole('button', { name: '预订' }).click();
  await train.getByRole('button', { name: '确认预订' }).click();
  await expect(page.getByRole('status').filter({ hasText: '预订成功' })).toBeVisible();

  // … and an out-of-policy hotel, which needs a reason.
  await page.getByRole('radio', { name: '酒店' }).click();
  const hotel = results(page).filter({ hasText: '超标' }).first();
  await expect(hotel).toContainText('超出一线城市标准');
  await hotel.getByRole('button', { name: '预订' }).click();
  const confirm = hotel.getByRole('button', { name: '确认预订' });
  await expect(confirm).toBeDisabled();
  await hotel.getByRole('button', { name: '会议酒店' }).click();
  await expect(confirm).toBeEnabled();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-travel-hotels'), fullPage: true });
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: '预订成功' })).toBeVisible();

  // Back on the trip: two bookings; the employee closes it and sees the statement.
  await page.getByRole('link', { name: '返回行程' }).first().click();
  await expect(page.getByText('已出票')).toHaveCount(2);
  await expect(page.getByText('超标原因: 会议酒店')).toBeVisible();
  await page.getByRole('button', { name: '结束行程并结算' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  const statement = page.locator('.statement');
  await expect(statement.getByRole('heading', { name: '结算单' })).toBeVisible();
  await expect(statement).toContainText('合规 1 项，超标 1 项');
  await expect(statement).toContainText('会议酒店');
  await expect(page.getByText('已结算').first()).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-travel-statement'), fullPage: true });
  const closed = await apiGet<{ status: string; statement: { actualFen: number } }>(
    EMPLOYEE,
    `/travel/trips/${tripId}`,
  );
  expect(closed.body.status).toBe('closed');

  await switchLanguage(page, 'en');
  await expect(statement.getByRole('heading', { name: 'Statement' })).toBeVisible();
  await expect(statement).toContainText('1 in policy, 1 out of policy');
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-travel-statement'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
});

/** A trip of the employee, requested and approved through the API (the UI journey is above). */
async function approvedTripTo(
  city: string,
  purpose: string,
  estimatedFen?: number,
): Promise<{ id: string }> {
  const trip = await apiPost<{ id: string }>(EMPLOYEE, '/travel/trips', {
    purpose,
    ...(estimatedFen ? { estimatedFen } : {}),
    destinations: [city],
    startDate: chinaDay(3),
    endDate: chinaDay(5),
  });
  const { body: tasks } = await apiGet<{ id: string; subjectId: string; version: number }[]>(
    HR,
    `/approvals?status=pending&subjectType=trip`,
  );
  const task = tasks.find((t) => t.subjectId === trip.id)!;
  await apiPost(HR, `/approvals/${task.id}/decision`, {
    decision: 'approve',
    version: task.version,
  });
  return trip;
}

test('an admin previews a sample trip under unsaved rules, saves the policy, reads the report', async ({
  page,
}) => {
  await signIn(page, 'admin@c1.example');
  await page.goto('/travel');
  await page.getByRole('link', { name: '差旅标准' }).click();
  await expect(page.getByRole('heading', { name: '差旅标准', level: 1 })).toBeVisible();
  // The company has a policy per group of roles; the admin edits the senior one.
  await expect(page.getByText('适用于员工、采购员和人力/审批人')).toBeVisible();
  await page.locator('mat-form-field', { hasText: '编辑的标准' }).click();
  await page.getByRole('option', { name: '高管差旅标准' }).click();
  await expect(page).toHaveURL(/\?policy=tp-c1-senior$/);
  await expect(page.getByText('适用于管理员')).toBeVisible();
  const cap = page.getByLabel('一线城市', { exact: true });
  const before = Number(await cap.inputValue());
  await cap.fill(String(before + 100));
  await page.getByRole('button', { name: '按未保存的标准预览' }).click();
  await expect(page.getByTestId('policy-preview')).toContainText('酒店合规');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-travel-policy'), fullPage: true });
  await page.getByRole('button', { name: '保存差旅标准' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const { body: saved } = await apiGet<{ hotelCapFenByTier: Record<string, number> }>(
    'admin@c1.example',
    '/travel/policy',
  );
  expect(saved.hotelCapFenByTier['1']).toBe((before + 100) * 100);
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Travel policy', level: 1 })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-travel-policy'), fullPage: true });

  // The travel report counts the settled trip's out-of-policy hotel, and its CSV downloads.
  await page.goto('/travel');
  await page.getByRole('link', { name: 'Travel report' }).click();
  await expect(page.getByRole('heading', { name: 'Travel report', level: 1 })).toBeVisible();
  await expect(page.getByTestId('out-of-policy-rate')).not.toHaveText(/^0\.0 %/);
  await expect(page.getByText('会议酒店')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Spend of \d{4}$/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^travel-spend-\d{4}\.csv$/);
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-travel-report'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the request, an approved trip and its offers fit a phone, in Chinese and English', async ({
    page,
  }) => {
    // Approved trips to Guangzhou (a tight estimate of ¥1,000) and Wuhan, through the API.
    const trip = await approvedTripTo('CAN', '广州展会', 100_000);

    const approvedTrip = await approvedTripTo('WUH', '武汉调研');

    await signIn(page, EMPLOYEE);
    await requestTrip(page, '手机上的出差申请', '深圳', chinaDay(1));
    await page.screenshot({ path: shot('phone-zh-travel-request'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await page.goto(`/travel/trips/${trip.id}`);
    await expect(page.getByRole('heading', { name: '广州', level: 1 })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-travel-trip'), fullPage: true });
    await page.getByRole('link', { name: '预订机票/火车/酒店' }).click();
    await page.getByRole('radio', { name: '机票' }).click();
    await expect(results(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-travel-flights'), fullPage: true });

    // The dearest hotel takes the trip more than 10 % over its approved estimate: back to approval.
    await page.getByRole('radio', { name: '酒店' }).click();
    const dear = results(page).last();
    await expect(dear).toContainText('超标');
    await dear.getByRole('button', { name: '预订' }).click();
    await dear.getByRole('textbox', { name: '超标原因' }).fill('展会指定酒店');
    await dear.getByRole('button', { name: '确认预订' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已重新提交审批' })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-travel-reapproval'), fullPage: true });
    const held = await apiGet<{ status: string; reapproval: boolean }>(
      EMPLOYEE,
      `/travel/trips/${trip.id}`,
    );
    expect(held.body).toEqual(
      expect.objectContaining({ status: 'pending_approval', reapproval: true }),
    );
    await page.getByRole('link', { name: '返回行程' }).first().click();
    await expect(page.getByText('行程已重新提交审批')).toBeVisible();

    await page.goto(`/travel/trips/${trip.id}/book`);
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'Book', level: 1 })).toBeVisible();
    await expect(page.getByText('Bookings open once the trip is approved')).toBeVisible();
    await page.goto('/travel/trips/' + approvedTrip.id + '/book');
    await page.getByRole('radio', { name: 'Flights' }).click();
    await expect(results(page).filter({ hasText: 'Best in policy' })).toHaveCount(1);
    await settled(page);
    await page.screenshot({ path: shot('phone-en-travel-flights'), fullPage: true });
    await page.goto('/travel');
    await expect(page.getByRole('heading', { name: 'My trips', level: 1 })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-en-travel-trips'), fullPage: true });
    await switchLanguage(page, 'zh-CN');
  });
});

test.describe('on a phone, in English', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a trip for two colleagues through two cities, in the order the requester gives', async ({
    page,
  }) => {
    await signIn(page, EMPLOYEE);
    await page.goto('/travel/new');
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'Trip request', level: 1 })).toBeVisible();
    await page.getByLabel('Purpose').fill('Supplier audits');
    for (const city of ['Shenzhen', 'Beijing']) {
      await addDestination(page, 'Add a destination');
      await page.getByRole('option', { name: city }).click();
      await expect(page.getByRole('listbox')).toBeHidden();
      await expect(page.getByTestId('destinations')).toContainText(city);
    }
    // Beijing comes first on this journey.
    await page.getByRole('button', { name: 'Move Beijing up' }).click();
    await expect(page.getByTestId('destinations').getByRole('listitem')).toHaveText([
      /Beijing/,
      /Shenzhen/,
    ]);

    // The employee travels by default; a colleague is found by name.
    await expect(page.getByTestId('travellers')).toHaveText(/Chen Jiaqi/);
    await page.getByLabel('Add a colleague (type a name)').fill('Wang Zhi');
    await page.getByRole('option', { name: /Wang Zhiqiang/ }).click();
    await expect(page.getByTestId('travellers').getByRole('listitem')).toHaveText([
      /Chen Jiaqi/,
      /Wang Zhiqiang/,
    ]);
    await page.getByLabel('Departure').fill(chinaDay(7));
    await page.getByLabel('Return').fill(chinaDay(9));
    await expect(page.getByText('Proposed')).toBeVisible();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: shot('phone-en-travel-request-two'), fullPage: true });

    await page.getByRole('button', { name: 'Submit request' }).click();
    await expect(page).toHaveURL(/\/travel\/trips\/[^/]+$/);
    await expect(page.getByRole('heading', { name: 'Beijing, Shenzhen', level: 1 })).toBeVisible();
    await expect(page.getByTestId('trip-travellers')).toHaveText('Chen Jiaqi and Wang Zhiqiang');
    const tripId = page.url().split('/').pop()!;
    const { body: trip } = await apiGet<{ destinations: string[]; travellers: { id: string }[] }>(
      EMPLOYEE,
      `/travel/trips/${tripId}`,
    );
    expect(trip.destinations).toEqual(['BJS', 'SZX']);
    expect(trip.travellers).toHaveLength(2);
    // Leave the inbox as it was for the other journeys.
    await apiPost(EMPLOYEE, `/travel/trips/${tripId}/cancel`, {});
    await switchLanguage(page, 'zh-CN');
  });
});
