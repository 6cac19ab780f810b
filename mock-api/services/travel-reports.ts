// e差旅 reports for hr and admin (finance): the monthly statement of a cost center (CSV) and the travel report
// (spend by cost center and month, out-of-policy rate with the reasons given, savings against the lowest
// logical fare, top routes). Spend counts active bookings at their price and cancelled ones at their fee,
// in the month (China time) they were booked.
import { chinaDate } from '../../src/domain/travel-policy.ts';
import { isMonth, type CostCenter } from '../../src/domain/index.ts';
import { badQuery } from '../lib/query.ts';
import { fail } from './errors.ts';
import type { Booking } from '../../src/domain/index.ts';
import { T, type TripRecord } from './travel-service.ts';
import { C, q1, requireRole, type Caller, type Query, type Tx } from './tx.ts';

const monthOf = (iso: string) => chinaDate(Date.parse(iso)).slice(0, 7);
/** What a booking costs: its price while active, its fee once cancelled. */
const costOf = (b: Booking) => (b.status === 'cancelled' ? b.feeFen : b.priceFen);

function companyBookings(tx: Tx, caller: Caller): { booking: Booking; trip: TripRecord }[] {
  const trips = new Map(
    tx
      .all<TripRecord>(T.trips)
      .filter((t) => t.companyId === caller.companyId)
      .map((t) => [t.id, t]),
  );
  const out: { booking: Booking; trip: TripRecord }[] = [];
  for (const b of tx.all<Booking>(T.bookings)) {
    const trip = trips.get(b.tripId);
    if (trip && b.companyId === caller.companyId) out.push({ booking: b, trip });
  }
  return out.sort(
    (a, b) =>
      a.booking.createdAt.localeCompare(b.booking.createdAt) ||
      a.booking.id.localeCompare(b.booking.id),
  );
}

function onlyParams(query: Query, allowed: string[]): void {
  for (const k of Object.keys(query)) if (!allowed.includes(k)) badQuery(k, 'Unknown parameter');
}

/** A CSV field: quoted when needed; a leading =, +, - or @ is neutralised (no formula injection in Excel). */
function csvField(v: string | number | boolean | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

function describe(b: Booking): string {
  const o = b.offer;
  if (o.kind === 'flight') return `${o.flightNo} ${o.from}-${o.to} ${o.date} ${o.cabin}`;
  if (o.kind === 'train') return `${o.trainNo} ${o.fromStation}-${o.toStation} ${o.date} ${o.seat}`;
  return `${o.name} ${o.checkIn}~${o.checkOut} ${o.nights}晚`;
}

export const STATEMENT_COLUMNS = [
  '预订日期 Booked on',
  '预订号 Booking',
  '行程 Trip',
  '出行人 Traveller',
  '类型 Kind',
  '内容 Details',
  '确认号 Confirmation',
  '状态 Status',
  '金额 Amount (CNY)',
  '退改费 Fee (CNY)',
  '计入 Charged (CNY)',
  '合规 In policy',
  '超标原因码 Violations',
  '超标理由 Reason',
] as const;

/** The monthly statement of one cost center as CSV (UTF-8 with a byte-order mark, for Excel). */
export function monthlyStatementCsv(
  tx: Tx,
  caller: Caller,
  query: Query,
): { filename: string; csv: string } {
  requireRole(caller, 'hr', 'admin');
  onlyParams(query, ['costCenterId', 'month']);
  const ccId = q1(query, 'costCenterId');
  const month = q1(query, 'month');
  if (!ccId) badQuery('costCenterId', 'Required');
  if (!isMonth(month)) badQuery('month', 'A month YYYY-MM');
  const cc = tx.get<CostCenter>(C.costCenters, ccId);
  if (!cc || cc.companyId !== caller.companyId)
    fail('NOT_FOUND', `Cost center ${ccId} was not found`);
  const names = new Map<string, string>();
  const travellerName = (trip: TripRecord, id: string) => {
    if (!names.has(id)) {
      const t = trip.travellers.find((x) => x.id === id);
      names.set(id, t ? `${t.name} ${t.nameEn}` : id);
    }
    return names.get(id)!;
  };
  const rows = companyBookings(tx, caller)
    .filter(
      ({ booking, trip }) => trip.costCenterId === cc.id && monthOf(booking.createdAt) === month,
    )
    .map(({ booking: b, trip }) => [
      chinaDate(Date.parse(b.createdAt)),
      b.id,
      trip.id,
      travellerName(trip, b.travellerId),
      b.kind,
      describe(b),
      b.confirmationNo,
      b.status,
      yuan(b.priceFen),
      yuan(b.feeFen),
      yuan(costOf(b)),
      b.inPolicy ? 'Y' : 'N',
      b.policyViolations.map((v) => v.code).join(' '),
      b.outOfPolicyReason,
    ]);
  const total = rows.reduce((s, r) => s + Math.round(Number(r[10]) * 100), 0);
  const lines = [
    STATEMENT_COLUMNS.map(csvField).join(','),
    ...rows.map((r) => r.map(csvField).join(',')),
    ['合计 Total', '', '', '', '', '', '', '', '', '', yuan(total), '', '', '']
      .map(csvField)
      .join(','),
  ];
  return {
    filename: `travel-statement-${cc.code}-${month}.csv`,
    csv: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}

export interface TravelReport {
  year: string;
  spend: { costCenterId: string; month: string; bookings: number; spentFen: number }[];
  policy: {
    bookings: number;
    outOfPolicy: number;
    /** Out-of-policy bookings per 1,000 (an integer: 125 = 12.5 %). */
    outOfPolicyPerMille: number;
    reasons: { reason: string; count: number }[];
    violations: { code: string; count: number }[];
  };
  savings: {
    /** What active bookings cost. */
    paidFen: number;
    /** What the cheapest comparable offers (flights: the lowest logical fare) would have cost. */
    lowestFareFen: number;
    /** paid − lowest: what choosing the cheapest would have saved. */
    missedSavingsFen: number;
  };
  topRoutes: {
    kind: 'flight' | 'train';
    from: string;
    to: string;
    bookings: number;
    spentFen: number;
  }[];
}

/** The travel report of a year (hr, admin): every active or fee-charged booking of the company. */
export function travelReport(tx: Tx, caller: Caller, query: Query, now: string): TravelReport {
  requireRole(caller, 'hr', 'admin');
  onlyParams(query, ['year', 'costCenterId']);
  const year = q1(query, 'year') ?? chinaDate(Date.parse(now)).slice(0, 4);
  if (!/^\d{4}$/.test(year)) badQuery('year', 'A year YYYY');
  const ccFilter = q1(query, 'costCenterId');
  const all = companyBookings(tx, caller).filter(
    ({ booking, trip }) =>
      monthOf(booking.createdAt).startsWith(`${year}-`) &&
      (!ccFilter || trip.costCenterId === ccFilter),
  );
  const spend = new Map<string, TravelReport['spend'][number]>();
  for (const { booking, trip } of all) {
    const key = `${trip.costCenterId}|${monthOf(booking.createdAt)}`;
    let row = spend.get(key);
    if (!row)
      spend.set(
        key,
        (row = {
          costCenterId: trip.costCenterId,
          month: monthOf(booking.createdAt),
          bookings: 0,
          spentFen: 0,
        }),
      );
    row.bookings++;
    row.spentFen += costOf(booking);
  }
  const active = all.map((x) => x.booking).filter((b) => b.status !== 'cancelled');
  const count = <K extends string>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const out = active.filter((b) => !b.inPolicy);
  const routes = new Map<string, TravelReport['topRoutes'][number]>();
  for (const b of active) {
    const o = b.offer;
    if (o.kind === 'hotel') continue;
    const key = `${o.kind}|${o.from}|${o.to}`;
    let r = routes.get(key);
    if (!r)
      routes.set(key, (r = { kind: o.kind, from: o.from, to: o.to, bookings: 0, spentFen: 0 }));
    r.bookings++;
    r.spentFen += b.priceFen;
  }
  const paidFen = active.reduce((s, b) => s + b.priceFen, 0);
  const lowestFareFen = active.reduce((s, b) => s + Math.min(b.lowestFareFen, b.priceFen), 0);
  return {
    year,
    spend: [...spend.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.costCenterId.localeCompare(b.costCenterId),
    ),
    policy: {
      bookings: active.length,
      outOfPolicy: out.length,
      outOfPolicyPerMille: active.length ? Math.round((out.length * 1000) / active.length) : 0,
      reasons: count(out.map((b) => b.outOfPolicyReason ?? '')).map(([reason, n]) => ({
        reason,
        count: n,
      })),
      violations: count(out.flatMap((b) => b.policyViolations.map((v) => v.code))).map(
        ([code, n]) => ({
          code,
          count: n,
        }),
      ),
    },
    savings: { paidFen, lowestFareFen, missedSavingsFen: paidFen - lowestFareFen },
    topRoutes: [...routes.values()]
      .sort(
        (a, b) =>
          b.bookings - a.bookings || b.spentFen - a.spentFen || a.from.localeCompare(b.from),
      )
      .slice(0, 10),
  };
}

/** The report's spend by cost center and month as CSV. */
export function travelReportCsv(
  tx: Tx,
  caller: Caller,
  query: Query,
  now: string,
): { filename: string; csv: string } {
  const r = travelReport(tx, caller, query, now);
  const codes = new Map(tx.all<CostCenter>(C.costCenters).map((c) => [c.id, c.code]));
  const lines = [
    ['月份 Month', '成本中心 Cost center', '预订数 Bookings', '花费 Spent (CNY)']
      .map(csvField)
      .join(','),
    ...r.spend.map((s) =>
      [s.month, codes.get(s.costCenterId) ?? s.costCenterId, s.bookings, yuan(s.spentFen)]
        .map(csvField)
        .join(','),
    ),
  ];
  return { filename: `travel-report-${r.year}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
}
