import { parse } from 'papaparse';
import type { MovementRow } from '../data/budget.model';
import { movementsCsv } from './movements-csv';

describe('movementsCsv', () => {
  const headers = {
    time: '时间',
    type: '类型',
    amount: '金额',
    actor: '操作人',
    reason: '原因',
    subjectType: '来源',
    subjectId: 'ID',
  };
  const row = (over: Partial<MovementRow>): MovementRow => ({
    id: 'm',
    budgetId: 'b1',
    companyId: 'c1',
    type: 'commit',
    amountFen: 123_456,
    actorId: 'u',
    actorName: '张三',
    reason: 'Order o1',
    subjectType: 'order',
    subjectId: 'o1',
    createdAt: '2026-03-01T10:00:00Z',
    ...over,
  });

  it('writes a header and one row per movement, money in yuan, quoting commas, quotes and line breaks', () => {
    const csv = movementsCsv(
      [
        row({}),
        row({
          type: 'amount',
          amountFen: 5,
          reason: 'a, "b"\nc',
          subjectType: null,
          subjectId: null,
        }),
      ],
      headers,
      (t) => `T:${t}`,
    );
    expect(csv.startsWith('\uFEFF')).toBeTrue();
    const parsed = parse<string[]>(csv.slice(1)).data.filter((r) => r.length > 1);
    expect(parsed).toEqual([
      ['时间', '类型', '金额', '操作人', '原因', '来源', 'ID'],
      ['2026-03-01T10:00:00Z', 'T:commit', '1234.56', '张三', 'Order o1', 'order', 'o1'],
      ['2026-03-01T10:00:00Z', 'T:amount', '0.05', '张三', 'a, "b"\nc', '', ''],
    ]);
  });

  it('names the actor in the requested language, falling back to the Chinese name', () => {
    const rows = [row({ actorNameEn: 'Zhang San' }), row({ actorName: '李四' })];
    const actors = (csv: string) =>
      parse<string[]>(csv.slice(1))
        .data.filter((r) => r.length > 1)
        .slice(1)
        .map((r) => r[3]);
    expect(actors(movementsCsv(rows, headers, (t) => t, 'en'))).toEqual(['Zhang San', '李四']);
    expect(actors(movementsCsv(rows, headers, (t) => t, 'zh-CN'))).toEqual(['张三', '李四']);
  });

  it('writes the reason as the page words it', () => {
    const csv = movementsCsv(
      [row({ reasonCode: 'ORDER_SUBMITTED', reasonParams: { id: 'o1' } })],
      headers,
      (t) => t,
      'zh-CN',
      (m) => `订单 ${m.reasonParams?.id} 提交`,
    );
    expect(parse<string[]>(csv.slice(1)).data[1][4]).toBe('订单 o1 提交');
  });

  it('defuses spreadsheet formulas in text fields', () => {
    const csv = movementsCsv([row({ reason: '=HYPERLINK("x")' })], headers, (t) => t);
    expect(csv).not.toContain(',=HYPERLINK');
  });
});
