// e差旅 use cases over one store transaction (Tx): policies, estimates, trips (request → hr approval in the
// one inbox → bookings → close), bookings and the money they move on the cost center's travel budget.
//
// Money of a trip (all on the travel budget of its cost center, through the ledger of ./ledger.ts):
//   A = approvedEstimateFen (the estimate as approved; raised to the booked total by a re-approval)
//   B = bookedFen (active bookings), F = feesFen (cancellation fees, already spent)
//   K = committedFen, kept at max(A − F, B): bookings first use up the estimate's commitment, beyond it
//   they commit more (422 BUDGET_EXCEEDED when it does not fit, so the budget never goes negative).
// A booking that takes B above A × 1.1 is held and sends the trip back to approval. Closing spends B and
// releases the rest of K.
import type {
  Booking,
  Budget,
  Department,
  MovementReasonCode,
  TripEvent,
} from '../../src/domain/index.ts';
import {
  chinaDate,
  daysBetween,
  estimateTrip,
  lowestLogicalFareLimit,
  policyForRoles,
  REAPPROVAL_PERCENT,
  type CityTier,
  type TravelPolicyRules,
} from '../../src/domain/travel-policy.ts';
import type {
  BookingCommand,
  TravelPolicyPreviewCommand,
  TravelPolicyCommand,
  TripCommand,
  TripEstimateCommand,
} from '../../src/domain/schemas.ts';
import {
  approvalRuleFor,
  createTasks,
  type ApprovalRule,
  type DecisionResult,
  type TaskRecord,
} from './approvals.ts';
import { registerApprovalSubject } from './approval-service.ts';
import { audit } from './audit.ts';
import { requireChargeable } from './cost-centers.ts';
import { fail } from './errors.ts';
import { notifyOutcome } from './notification-service.ts';
import { commit, release, spend, type MovementContext } from './ledger.ts';
import { settingsOf, subjectTasks } from './procurement-service.ts';
import {
  evaluateOffers,
  rankOffers,
  type FlightOffer,
  type Offer,
  type TravelInventory,
} from './travel-offers.ts';
import {
  C,
  currentBudget,
  hasRole,
  newId,
  ownRecord,
  pageOf,
  q1,
  requireRole,
  type Caller,
  type Query,
  type Tx,
} from './tx.ts';

export const T = {
  policies: 'travelPolicies',
  trips: 'trips',
  bookings: 'bookings',
} as const;

export interface TravelPolicyRecord extends TravelPolicyRules {
  id: string;
  companyId: string;
  name: string;
  nameEn: string;
  appliesToRoles: string[];
  version: number;
  updatedAt: string;
}

export type { BookingStatus, TripEvent, TripStatus } from '../../src/domain/index.ts';
import type {
  Colleague,
  Traveller,
  Trip as TripRecord,
  TripStatement,
} from '../../src/domain/index.ts';
export type {
  Traveller,
  Trip as TripRecord,
  TripPolicySummary,
  TripStatement,
} from '../../src/domain/index.ts';

interface UserRec {
  id: string;
  companyId: string;
  departmentId: string;
  name: string;
  nameEn?: string;
  roles: string[];
  active?: boolean;
}

const actorOf = (c: Caller) => ({
  actorId: c.id,
  actorName: c.name,
  actorNameEn: c.nameEn ?? c.name,
});

const RULE_FIELDS = [
  'flightCabin',
  'maxFarePercent',
  'lowestLogicalFare',
  'trainSeat',
  'hotelCapFenByTier',
  'advanceBookingDays',
] as const;

function rulesOf(p: TravelPolicyRecord): TravelPolicyRules {
  const r = {} as Record<string, unknown>;
  for (const k of RULE_FIELDS) r[k] = structuredClone(p[k]);
  return r as unknown as TravelPolicyRules;
}

/** Today in China (travel dates are local dates). */
export const todayOf = (nowIso: string) => chinaDate(Date.parse(nowIso));

// ---- policies ----

export function policyFor(
  tx: Tx,
  user: { companyId: string; roles: readonly string[] },
): TravelPolicyRecord {
  const policies = tx
    .all<TravelPolicyRecord>(T.policies)
    .filter((p) => p.companyId === user.companyId);
  const p = policyForRoles(policies, user.roles);
  if (!p) fail('NOT_FOUND', 'No travel policy applies to you');
  return p;
}

export function updatePolicy(
  tx: Tx,
  caller: Caller,
  id: string,
  cmd: TravelPolicyCommand,
  now: string,
): TravelPolicyRecord {
  requireRole(caller, 'admin');
  const p = ownRecord<TravelPolicyRecord>(tx, T.policies, id, caller, 'Travel policy');
  if ((p.version ?? 1) !== cmd.version)
    fail('VERSION_CONFLICT', `Travel policy ${id} changed since version ${cmd.version}`);
  const { version: _v, ...fields } = cmd;
  const next: TravelPolicyRecord = {
    ...p,
    ...fields,
    version: (p.version ?? 1) + 1,
    updatedAt: now,
  };
  tx.update(T.policies, next);
  audit(tx, caller, now, {
    action: 'travel.policy',
    entityId: p.id,
    entityName: p.name,
    entityNameEn: p.nameEn,
    before: p,
    after: next,
    ignore: ['version', 'updatedAt'],
  });
  return next;
}

// ---- estimate ----

interface Journey {
  from: string;
  to: string;
  date: string;
}

interface Plan {
  origin: string;
  destinations: string[];
  journeys: Journey[];
  stays: { city: string; checkIn: string; checkOut: string; nights: number }[];
}

function badField(path: string, message: string): never {
  fail('VALIDATION_FAILED', message, [{ path, message }]);
}

/** Journeys origin → d1 → … → origin and the nights in each destination (split evenly, the rest in the last). */
function planOf(
  inv: TravelInventory,
  origin: string,
  destinations: string[],
  start: string,
  end: string,
  today: string,
): Plan {
  if (!inv.city(origin)) badField('origin', `Unknown city ${origin}`);
  destinations.forEach((d, i) => {
    if (!inv.city(d)) badField(`destinations.${i}`, `Unknown city ${d}`);
    if (d === (i === 0 ? origin : destinations[i - 1]))
      badField(`destinations.${i}`, 'A destination must differ from the city before it');
  });
  const total = daysBetween(start, end);
  if (total < 0) badField('endDate', 'The trip must end on or after its start');
  if (total > 60) badField('endDate', 'A trip lasts at most 60 days');
  if (daysBetween(today, start) < 0) badField('startDate', 'The trip cannot start in the past');
  if (daysBetween(today, start) > 365) badField('startDate', 'A trip starts within a year');
  const each = Math.floor(total / destinations.length);
  const journeys: Journey[] = [];
  const stays: Plan['stays'] = [];
  let day = start;
  let from = origin;
  destinations.forEach((d, i) => {
    const nights = i === destinations.length - 1 ? total - each * i : each;
    journeys.push({ from, to: d, date: day });
    const out = addDays(day, nights);
    if (nights > 0) stays.push({ city: d, checkIn: day, checkOut: out, nights });
    day = out;
    from = d;
  });
  journeys.push({ from, to: origin, date: end });
  return { origin, destinations, journeys, stays };
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The typical in-policy fare of a journey: the median in-policy flight (advance rule aside) or the allowed train seat, whichever is lower. */
function typicalFare(inv: TravelInventory, rules: TravelPolicyRules, j: Journey): number {
  const lenient = { ...rules, advanceBookingDays: 0 };
  const flights = evaluateOffers(inv.flightOffers(j.from, j.to, j.date), lenient, j.date)
    .filter((o) => o.inPolicy)
    .map((o) => o.priceFen)
    .sort((a, b) => a - b);
  const trains = evaluateOffers(inv.trainOffers(j.from, j.to, j.date), lenient, j.date)
    .filter((o) => o.inPolicy && o.trainType !== 'Z')
    .map((o) => o.priceFen);
  const candidates = [
    ...(flights.length ? [flights[Math.floor((flights.length - 1) / 2)]] : []),
    ...(trains.length ? [Math.min(...trains)] : []),
  ];
  return candidates.length ? Math.min(...candidates) : 0;
}

export interface EstimateAnswer {
  policyId: string;
  origin: string;
  destinations: string[];
  startDate: string;
  endDate: string;
  travellers: number;
  journeys: { from: string; to: string; date: string; typicalFareFen: number }[];
  stays: {
    city: string;
    cityTier: CityTier;
    checkIn: string;
    checkOut: string;
    nights: number;
    capFen: number;
  }[];
  transportFen: number;
  hotelFen: number;
  totalFen: number;
}

function defaultOrigin(tx: Tx, caller: Caller): string {
  // The company's seat: c1 is in Shanghai, c2 in Shenzhen; others default to Beijing.
  const company = tx.get<{ address?: string }>(C.companies, caller.companyId);
  const a = company?.address ?? '';
  return a.includes('上海')
    ? 'SHA'
    : a.includes('深圳')
      ? 'SZX'
      : a.includes('广州')
        ? 'CAN'
        : 'BJS';
}

export function estimateFor(
  tx: Tx,
  inv: TravelInventory,
  caller: Caller,
  cmd: TripEstimateCommand,
  now: string,
  /** A policy to estimate with instead of the caller's (the admin's preview of unsaved rules). */
  override?: { policyId: string; rules: TravelPolicyRules },
): EstimateAnswer {
  const travellers = travellersOf(tx, caller, cmd.travellerIds);
  const policy = override ? undefined : policyFor(tx, caller);
  const rules = override?.rules ?? rulesOf(policy!);
  const origin = cmd.origin ?? defaultOrigin(tx, caller);
  const plan = planOf(inv, origin, cmd.destinations, cmd.startDate, cmd.endDate, todayOf(now));
  const journeys = plan.journeys.map((j) => ({ ...j, typicalFareFen: typicalFare(inv, rules, j) }));
  const stays = plan.stays.map((s) => {
    const cityTier = inv.city(s.city)!.tier;
    return { ...s, cityTier, capFen: rules.hotelCapFenByTier[cityTier] };
  });
  const e = estimateTrip(rules, {
    journeysFen: journeys.map((j) => j.typicalFareFen),
    stays,
    travellers: travellers.length,
  });
  return {
    policyId: override?.policyId ?? policy!.id,
    origin,
    destinations: plan.destinations,
    startDate: cmd.startDate,
    endDate: cmd.endDate,
    travellers: travellers.length,
    journeys,
    stays,
    ...e,
  };
}

export interface OfferSummary {
  offers: number;
  inPolicy: number;
  cheapestInPolicyFen: number | null;
}

export interface PolicyPreview {
  estimate: EstimateAnswer;
  journeys: {
    from: string;
    to: string;
    date: string;
    flights: OfferSummary;
    trains: OfferSummary;
  }[];
  stays: { city: string; checkIn: string; checkOut: string; hotels: OfferSummary }[];
}

function summary(offers: Offer[]): OfferSummary {
  const ok = offers.filter((o) => o.inPolicy).map((o) => o.priceFen);
  return {
    offers: offers.length,
    inPolicy: ok.length,
    cheapestInPolicyFen: ok.length ? Math.min(...ok) : null,
  };
}

/** Admin: what a sample trip would allow under the given (unsaved) rules: the estimate and the offers in policy. */
export function previewPolicy(
  tx: Tx,
  inv: TravelInventory,
  caller: Caller,
  cmd: TravelPolicyPreviewCommand,
  now: string,
): PolicyPreview {
  requireRole(caller, 'admin');
  const { rules, policyId, ...sample } = cmd;
  if (policyId) ownRecord<TravelPolicyRecord>(tx, T.policies, policyId, caller, 'Travel policy');
  const estimate = estimateFor(tx, inv, caller, sample, now, {
    policyId: policyId ?? 'preview',
    rules,
  });
  const today = todayOf(now);
  return {
    estimate,
    journeys: estimate.journeys.map((j) => ({
      from: j.from,
      to: j.to,
      date: j.date,
      flights: summary(evaluateOffers(inv.flightOffers(j.from, j.to, j.date), rules, today)),
      trains: summary(evaluateOffers(inv.trainOffers(j.from, j.to, j.date), rules, today)),
    })),
    stays: estimate.stays.map((st) => ({
      city: st.city,
      checkIn: st.checkIn,
      checkOut: st.checkOut,
      hotels: summary(
        evaluateOffers(inv.hotelOffers(st.city, st.checkIn, st.checkOut), rules, today),
      ),
    })),
  };
}

function travellersOf(
  tx: Tx,
  caller: Caller,
  ids: string[] | undefined,
): (Traveller & { departmentId: string })[] {
  const list = ids ?? [caller.id];
  if (new Set(list).size !== list.length) badField('travellerIds', 'A traveller is listed twice');
  return list.map((id, i) => {
    const u = tx.get<UserRec>(C.users, id);
    if (!u || u.companyId !== caller.companyId || u.active === false)
      badField(`travellerIds.${i}`, `Unknown user ${id}`);
    return { id: u.id, name: u.name, nameEn: u.nameEn ?? u.name, departmentId: u.departmentId };
  });
}

/**
 * The colleagues a trip may name as travellers: the caller's company's active users, matched on their
 * Chinese or English name (`q`), by name; only what the trip keeps of them (no e-mail, no roles).
 */
export function listColleagues(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: Colleague[]; total: number } {
  const needle = (q1(query, 'q') ?? '').trim().toLowerCase();
  const matches = (u: UserRec) =>
    !needle ||
    u.name.toLowerCase().includes(needle) ||
    (u.nameEn ?? '').toLowerCase().includes(needle);
  const users = tx
    .all<UserRec>(C.users)
    .filter((u) => u.companyId === caller.companyId && u.active !== false && matches(u));
  const page = pageOf(users, query, {
    sortable: ['name', 'nameEn'],
    defaultSort: 'nameEn',
    defaultOrder: 'asc',
  });
  return {
    total: page.total,
    items: page.items.map((u) => {
      const d = tx.get<Department>(C.departments, u.departmentId);
      return {
        id: u.id,
        name: u.name,
        nameEn: u.nameEn ?? u.name,
        departmentId: u.departmentId,
        departmentName: d?.name ?? '',
        departmentNameEn: d?.nameEn ?? '',
      };
    }),
  };
}

// ---- trips ----

function travelBudget(tx: Tx, companyId: string, costCenterId: string, now: string): Budget {
  const b = currentBudget(tx, companyId, costCenterId, 'travel', now);
  if (!b)
    fail(
      'BUDGET_EXCEEDED',
      `Cost center ${costCenterId} has no travel budget for ${now.slice(0, 4)}`,
    );
  return b;
}

/** Trips always need one hr approval; two at or above the company's second threshold. */
export function tripRuleFor(
  amountFen: number,
  settings: Parameters<typeof approvalRuleFor>[1],
): ApprovalRule {
  const rule = approvalRuleFor(amountFen, settings);
  return rule.levels === 2 ? rule : { levels: 1, approverRole: 'hr', rule: 'trip' };
}

/** Why the trip's money moves: the English text, and the code and id the app words in its language. */
interface Why {
  reason: string;
  code: MovementReasonCode;
  /** The trip or booking named. */
  id: string;
}

function movement(
  tx: Tx,
  caller: { id: string },
  trip: TripRecord,
  why: Why,
  now: string,
): MovementContext {
  return {
    id: newId(tx, C.movements, 'BM', now),
    actorId: caller.id,
    reason: why.reason,
    reasonCode: why.code,
    reasonParams: { id: why.id },
    subjectType: 'trip',
    subjectId: trip.id,
    now,
  };
}

/** Moves the trip's commitment to `target` (commit more or release), storing budget and movement. */
function recommit(
  tx: Tx,
  actor: { id: string },
  trip: TripRecord,
  target: number,
  why: Why,
  now: string,
): TripRecord {
  const delta = target - trip.committedFen;
  if (delta === 0) return trip;
  const budget = tx.get<Budget>(C.budgets, trip.budgetId)!;
  const r =
    delta > 0
      ? commit(budget, delta, movement(tx, actor, trip, why, now))
      : release(budget, -delta, movement(tx, actor, trip, why, now));
  tx.update(C.budgets, r.budget);
  tx.insert(C.movements, r.movement);
  return { ...trip, committedFen: target };
}

const targetCommitment = (t: Pick<TripRecord, 'approvedEstimateFen' | 'feesFen' | 'bookedFen'>) =>
  Math.max(t.approvedEstimateFen - t.feesFen, t.bookedFen, 0);

function tripTitle(
  inv: TravelInventory | undefined,
  trip: Pick<TripRecord, 'origin' | 'destinations' | 'startDate' | 'endDate'>,
) {
  const name = (c: string, en: boolean) => (en ? inv?.city(c)?.nameEn : inv?.city(c)?.name) ?? c;
  const route = (en: boolean) =>
    [trip.origin, ...trip.destinations].map((c) => name(c, en)).join(' → ');
  return {
    title: `差旅 ${route(false)} ${trip.startDate}–${trip.endDate}`,
    titleEn: `Trip ${route(true)} ${trip.startDate}–${trip.endDate}`,
  };
}

function createApproval(
  tx: Tx,
  inv: TravelInventory | undefined,
  trip: TripRecord,
  amountFen: number,
  availableBeforeFen: number,
  now: string,
): string[] {
  const rule = tripRuleFor(amountFen, settingsOf(tx, { companyId: trip.companyId } as Caller));
  const budget = tx.get<Budget>(C.budgets, trip.budgetId)!;
  const round = 1 + Math.max(0, ...subjectTasks(tx, 'trip', trip.id).map((t) => t.round ?? 1));
  const tasks = createTasks(
    {
      companyId: trip.companyId,
      subjectType: 'trip',
      subjectId: trip.id,
      amountFen,
      requesterId: trip.requesterId,
      requesterName: trip.requesterName,
      requesterNameEn: trip.requesterNameEn,
      ...(round > 1 ? { round } : {}),
      summary: {
        ...tripTitle(inv, trip),
        trip: {
          policyId: trip.policy.policyId,
          policyName: trip.policy.name,
          policyNameEn: trip.policy.nameEn,
          estimatedFen: trip.estimatedFen,
          amountFen,
          budgetAvailableBeforeFen: availableBeforeFen,
          budgetAvailableAfterFen: budget.availableFen,
          reapproval: trip.reapproval,
        },
      } as TaskRecord['summary'],
    },
    rule,
    now,
    () => newId(tx, C.approvals, 'AT', now),
  );
  for (const t of tasks) tx.insert(C.approvals, t);
  return tasks.map((t) => t.id);
}

export function createTripFor(
  tx: Tx,
  inv: TravelInventory,
  caller: Caller,
  cmd: TripCommand,
  now: string,
): TripRecord & { taskIds: string[] } {
  const destinations = cmd.destinations ?? (cmd.destination ? [cmd.destination] : []);
  if (cmd.destination && cmd.destinations)
    badField('destination', 'Give destination or destinations, not both');
  if (!destinations.length) badField('destinations', 'Required');
  const travellers = travellersOf(tx, caller, cmd.travellerIds);
  const defaultCc = tx.get<Department>(C.departments, travellers[0].departmentId)?.costCenterId;
  const costCenterId = cmd.costCenterId ?? defaultCc;
  if (!costCenterId)
    badField('costCenterId', 'Required (the traveller has no department cost center)');
  requireChargeable(tx, caller, costCenterId);
  const policy = policyFor(tx, caller);
  const origin = cmd.origin ?? defaultOrigin(tx, caller);
  const estimate = estimateFor(
    tx,
    inv,
    caller,
    {
      origin,
      destinations,
      startDate: cmd.startDate,
      endDate: cmd.endDate,
      travellerIds: cmd.travellerIds,
    },
    now,
  );
  const estimatedFen = cmd.estimatedFen ?? Math.max(1, estimate.totalFen);
  const budget = travelBudget(tx, caller.companyId, costCenterId, now);
  const availableBeforeFen = budget.availableFen;
  let trip: TripRecord = {
    id: newId(tx, T.trips, 'TRP', now),
    companyId: caller.companyId,
    requesterId: caller.id,
    requesterName: caller.name,
    requesterNameEn: caller.nameEn ?? caller.name,
    travellers: travellers.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    purpose: cmd.purpose,
    origin,
    destinations,
    destination: destinations[0],
    startDate: cmd.startDate,
    endDate: cmd.endDate,
    costCenterId,
    budgetId: budget.id,
    policy: {
      policyId: policy.id,
      name: policy.name,
      nameEn: policy.nameEn,
      rules: rulesOf(policy),
    },
    estimatedFen,
    approvedEstimateFen: estimatedFen,
    committedFen: 0,
    bookedFen: 0,
    feesFen: 0,
    spentFen: 0,
    status: 'pending_approval',
    reapproval: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
    events: [{ type: 'submitted', at: now, ...actorOf(caller), amountFen: estimatedFen }],
    statement: null,
  };
  trip = recommit(
    tx,
    caller,
    trip,
    estimatedFen,
    { reason: `差旅预估 Trip estimate ${trip.id}`, code: 'TRIP_ESTIMATE', id: trip.id },
    now,
  );
  tx.insert(T.trips, trip);
  const taskIds = createApproval(tx, inv, trip, estimatedFen, availableBeforeFen, now);
  return { ...trip, taskIds };
}

/** Trips the caller may see: hr/admin the company's; anyone else those they requested or travel on. */
function visibleTrip(tx: Tx, caller: Caller, id: string): TripRecord {
  const trip = ownRecord<TripRecord>(tx, T.trips, id, caller, 'Trip');
  if (!hasRole(caller, 'hr', 'admin') && !isOwnTrip(trip, caller))
    fail('NOT_FOUND', `Trip ${id} was not found`);
  return trip;
}

const isOwnTrip = (t: TripRecord, caller: Caller) =>
  t.requesterId === caller.id || t.travellers.some((x) => x.id === caller.id);

/** A trip the caller requested or travels on (search, booking): others' trips are 404. */
function ownTrip(tx: Tx, caller: Caller, id: string): TripRecord {
  const trip = tx.get<TripRecord>(T.trips, id);
  if (!trip || trip.companyId !== caller.companyId || !isOwnTrip(trip, caller))
    fail('NOT_FOUND', `Trip ${id} was not found`);
  return trip;
}

export interface TripDetail extends TripRecord {
  bookings: Booking[];
}

export function getTrip(tx: Tx, caller: Caller, id: string): TripDetail {
  const trip = visibleTrip(tx, caller, id);
  return { ...trip, bookings: bookingsOf(tx, trip.id) };
}

function bookingsOf(tx: Tx, tripId: string): Booking[] {
  return tx
    .all<Booking>(T.bookings)
    .filter((b) => b.tripId === tripId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function listTrips(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: TripRecord[]; total: number } {
  const all = hasRole(caller, 'hr', 'admin') && q1(query, 'mine') !== 'true';
  const statuses = (q1(query, 'status') ?? '').split(',').filter(Boolean);
  const cc = q1(query, 'costCenterId');
  const items = tx
    .all<TripRecord>(T.trips)
    .filter(
      (t) =>
        t.companyId === caller.companyId &&
        (all || isOwnTrip(t, caller)) &&
        (!statuses.length || statuses.includes(t.status)) &&
        (!cc || t.costCenterId === cc),
    );
  return pageOf(items, query, {
    sortable: ['createdAt', 'startDate', 'estimatedFen', 'status', 'updatedAt'],
    defaultSort: 'createdAt',
  });
}

export function cancelTripFor(tx: Tx, caller: Caller, id: string, now: string): TripRecord {
  const trip = ownTrip(tx, caller, id);
  if (trip.requesterId !== caller.id) fail('FORBIDDEN', 'Only the requester cancels a trip');
  if (trip.status !== 'pending_approval' && trip.status !== 'approved')
    fail('NOT_ALLOWED_IN_STATE', `A trip that is ${trip.status} cannot be cancelled`);
  if (bookingsOf(tx, trip.id).some((b) => b.status !== 'cancelled'))
    fail('NOT_ALLOWED_IN_STATE', 'Cancel the bookings of the trip first');
  for (const t of subjectTasks(tx, 'trip', trip.id))
    if (t.status === 'pending' || t.status === 'waiting')
      tx.update(C.approvals, { ...t, status: 'cancelled', version: t.version + 1, decidedAt: now });
  // Fees already spent stay spent; the rest of the commitment goes back.
  let next = recommit(
    tx,
    caller,
    trip,
    0,
    { reason: `差旅取消 Trip cancelled ${trip.id}`, code: 'TRIP_CANCELLED', id: trip.id },
    now,
  );
  next = {
    ...next,
    status: 'cancelled',
    reapproval: false,
    spentFen: trip.feesFen,
    version: trip.version + 1,
    updatedAt: now,
    events: [...trip.events, { type: 'cancelled', at: now, ...actorOf(caller) }],
  };
  tx.update(T.trips, next);
  return next;
}

// ---- approval of trips (the one inbox) ----

registerApprovalSubject('trip', {
  onDecided(tx, task, decision: DecisionResult, now, ids) {
    if (decision.outcome === 'pending') return;
    notifyOutcome(tx, task, decision, task.amountFen, now, ids);
    const trip = tx.get<TripRecord>(T.trips, task.subjectId);
    if (!trip) throw new Error(`Trip ${task.subjectId} of task ${task.id} is missing`);
    const d = decision.decided;
    const actor = { id: d.decidedBy ?? '', name: d.deciderName ?? '', nameEn: d.deciderNameEn };
    const event: TripEvent = {
      type: decision.outcome,
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      actorNameEn: actor.nameEn ?? actor.name,
    };
    if (d.onBehalfOfName) {
      event.onBehalfOfName = d.onBehalfOfName;
      event.onBehalfOfNameEn = d.onBehalfOfNameEn ?? d.onBehalfOfName;
    }
    if (d.comment) event.comment = d.comment;
    let next: TripRecord = {
      ...trip,
      version: trip.version + 1,
      updatedAt: now,
      reapproval: false,
    };
    const held = bookingsOf(tx, trip.id).filter((b) => b.status === 'pending_approval');
    if (decision.outcome === 'approved') {
      for (const b of held)
        tx.update(T.bookings, { ...b, status: 'confirmed', version: b.version + 1 });
      next = {
        ...next,
        status: 'approved',
        approvedEstimateFen: Math.max(trip.approvedEstimateFen, trip.bookedFen + trip.feesFen),
      };
    } else if (trip.reapproval) {
      // A rejected re-approval drops the held bookings (never confirmed: no fee) and the trip goes on as approved.
      let booked = trip.bookedFen;
      for (const b of held) {
        tx.update(T.bookings, {
          ...b,
          status: 'cancelled',
          cancelledAt: now,
          version: b.version + 1,
        });
        booked -= b.priceFen;
      }
      next = { ...next, status: 'approved', bookedFen: booked };
      next = recommit(
        tx,
        actor,
        next,
        targetCommitment(next),
        {
          reason: `差旅超标驳回 Over-estimate bookings rejected ${trip.id}`,
          code: 'TRIP_REJECTED',
          id: trip.id,
        },
        now,
      );
    } else {
      next = { ...next, status: 'rejected' };
      next = recommit(
        tx,
        actor,
        next,
        0,
        { reason: `差旅驳回 Trip rejected ${trip.id}`, code: 'TRIP_REJECTED', id: trip.id },
        now,
      );
    }
    next.events = [...trip.events, event];
    tx.update(T.trips, next);
  },
  detail(tx, task) {
    const trip = tx.get<TripRecord>(T.trips, task.subjectId);
    const budget = trip ? tx.get<Budget>(C.budgets, trip.budgetId) : undefined;
    if (!trip || !budget) return { subject: trip ?? null, budget: null };
    const open = trip.status === 'pending_approval';
    // While pending, the amount under decision is already committed.
    return {
      subject: { ...trip, bookings: bookingsOf(tx, trip.id) },
      budget: {
        before: budget,
        availableBeforeFen: !open
          ? budget.availableFen
          : budget.availableFen +
            (trip.reapproval
              ? Math.max(0, trip.committedFen - (trip.approvedEstimateFen - trip.feesFen))
              : trip.committedFen),
        availableAfterFen: budget.availableFen,
      },
    };
  },
});

// ---- search ----

type SearchKind = 'flights' | 'trains' | 'hotels';

function bookableTrip(tx: Tx, caller: Caller, tripId: string | undefined): TripRecord {
  if (!tripId) badField('tripId', 'Required: offers are searched for an approved trip');
  const trip = ownTrip(tx, caller, tripId);
  if (trip.status !== 'approved')
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Trip ${trip.id} is ${trip.status}: offers are searched and booked only for an approved trip`,
    );
  return trip;
}

function inTrip(trip: TripRecord, date: string, path: string, lastDay = trip.endDate): void {
  if (date < trip.startDate || date > lastDay)
    badField(path, `Outside the trip (${trip.startDate} – ${trip.endDate})`);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function param(query: Query, key: string, re: RegExp, required = false): string | undefined {
  const v = q1(query, key);
  if (v === undefined || v === '') {
    if (required) badField(`query.${key}`, 'Required');
    return undefined;
  }
  if (!re.test(v) || (re === DATE && Number.isNaN(Date.parse(`${v}T00:00:00Z`))))
    badField(`query.${key}`, `Not valid: ${v.slice(0, 40)}`);
  return v;
}

function list(query: Query, key: string, allowed: readonly string[]): string[] {
  const raw = query[key];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((s) => s.split(','))
    .filter(Boolean);
  for (const v of values)
    if (!allowed.includes(v)) badField(`query.${key}`, `Unknown value ${v.slice(0, 40)}`);
  return values;
}

function intParam(query: Query, key: string, min: number, max: number): number | undefined {
  const v = q1(query, key);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max)
    badField(`query.${key}`, `A whole number ${min}–${max}`);
  return n;
}

const KNOWN: Record<SearchKind, string[]> = {
  flights: [
    'tripId',
    'from',
    'to',
    'date',
    'airline',
    'departAfter',
    'departBefore',
    'directOnly',
    'cabin',
    'inPolicyOnly',
  ],
  trains: [
    'tripId',
    'from',
    'to',
    'date',
    'trainType',
    'seat',
    'departAfter',
    'departBefore',
    'inPolicyOnly',
  ],
  hotels: [
    'tripId',
    'city',
    'checkIn',
    'checkOut',
    'stars',
    'priceMin',
    'priceMax',
    'district',
    'inPolicyOnly',
  ],
};

export interface SearchAnswer<T> {
  items: T[];
  total: number;
}

export function searchOffers(
  tx: Tx,
  inv: TravelInventory,
  caller: Caller,
  kind: SearchKind,
  query: Query,
  now: string,
): SearchAnswer<Offer> {
  for (const k of Object.keys(query))
    if (!KNOWN[kind].includes(k) && !['_page', '_limit'].includes(k))
      badField(`query.${k}`, 'Unknown parameter');
  const trip = bookableTrip(tx, caller, q1(query, 'tripId'));
  const rules = trip.policy.rules;
  const today = todayOf(now);
  const inPolicyOnly = q1(query, 'inPolicyOnly');
  if (inPolicyOnly !== undefined && inPolicyOnly !== 'true' && inPolicyOnly !== 'false')
    badField('query.inPolicyOnly', 'true or false');
  let offers: Offer[];
  if (kind === 'hotels') {
    const city = param(query, 'city', /^[A-Z]{3}$/, true)!;
    if (!inv.city(city)) badField('query.city', `Unknown city ${city}`);
    const checkIn = param(query, 'checkIn', DATE, true)!;
    const checkOut = param(query, 'checkOut', DATE, true)!;
    inTrip(trip, checkIn, 'query.checkIn');
    inTrip(trip, checkOut, 'query.checkOut');
    if (checkOut <= checkIn) badField('query.checkOut', 'Check-out must be after check-in');
    const stars = list(query, 'stars', ['2', '3', '4', '5']).map(Number);
    const min = intParam(query, 'priceMin', 0, 10_000_000);
    const max = intParam(query, 'priceMax', 0, 10_000_000);
    const district = q1(query, 'district');
    if (district !== undefined && district.length > 20)
      badField('query.district', 'At most 20 characters');
    offers = evaluateOffers(inv.hotelOffers(city, checkIn, checkOut), rules, today).filter((o) => {
      const avg = Math.round(o.priceFen / o.nights);
      return (
        (!stars.length || stars.includes(o.stars)) &&
        (min === undefined || avg >= min) &&
        (max === undefined || avg <= max) &&
        (!district ||
          o.district === district ||
          o.districtEn.toLowerCase() === district.toLowerCase())
      );
    });
  } else {
    const from = param(query, 'from', /^[A-Z]{3}$/, true)!;
    const to = param(query, 'to', /^[A-Z]{3}$/, true)!;
    if (!inv.city(from)) badField('query.from', `Unknown city ${from}`);
    if (!inv.city(to)) badField('query.to', `Unknown city ${to}`);
    const date = param(query, 'date', DATE, true)!;
    inTrip(trip, date, 'query.date');
    const after = param(query, 'departAfter', TIME);
    const before = param(query, 'departBefore', TIME);
    const window = (o: { departTime: string }) =>
      (!after || o.departTime >= after) && (!before || o.departTime <= before);
    if (kind === 'flights') {
      const all = inv.flightOffers(from, to, date);
      const airlines = list(query, 'airline', [
        ...new Set(all.map((o) => o.airlineCode)),
        'CA',
        'MU',
        'CZ',
        'HU',
        'ZH',
        '3U',
        'MF',
        'FM',
        'HO',
        '9C',
      ]);
      const cabins = list(query, 'cabin', ['economy', 'premium', 'business']);
      const direct = q1(query, 'directOnly');
      if (direct !== undefined && direct !== 'true' && direct !== 'false')
        badField('query.directOnly', 'true or false');
      offers = evaluateOffers(all, rules, today).filter(
        (o) =>
          window(o) &&
          (!airlines.length || airlines.includes(o.airlineCode)) &&
          (!cabins.length || cabins.includes(o.cabin)) &&
          (direct !== 'true' || o.stops === 0),
      );
    } else {
      const types = list(query, 'trainType', ['G', 'D', 'Z']);
      const seats = list(query, 'seat', ['second', 'first', 'business']);
      offers = evaluateOffers(inv.trainOffers(from, to, date), rules, today).filter(
        (o) =>
          window(o) &&
          (!types.length || types.includes(o.trainType)) &&
          (!seats.length || seats.includes(o.seat)),
      );
    }
  }
  if (inPolicyOnly === 'true') offers = offers.filter((o) => o.inPolicy);
  const ranked = rankOffers(offers);
  return { items: ranked, total: ranked.length };
}

// ---- bookings ----

function lowestFare(
  inv: TravelInventory,
  offer: Offer,
  rules: TravelPolicyRules,
  sameDay: FlightOffer[],
): number {
  if (offer.kind === 'flight') {
    const dep = Number(offer.departTime.slice(0, 2)) * 60 + Number(offer.departTime.slice(3));
    const llf = lowestLogicalFareLimit(
      {
        ...rules,
        lowestLogicalFare: rules.lowestLogicalFare ?? {
          windowMinutes: 120,
          toleranceFen: 0,
          tolerancePercent: 0,
        },
      },
      dep,
      sameDay.map((o) => ({
        id: o.id,
        departMinutes: Number(o.departTime.slice(0, 2)) * 60 + Number(o.departTime.slice(3)),
        cabin: o.cabin,
        priceFen: o.priceFen,
        fullFareFen: o.fullFareFen,
      })),
    );
    return Math.min(offer.priceFen, llf?.cheapestFen ?? offer.priceFen);
  }
  const same =
    offer.kind === 'train'
      ? inv.trainOffers(offer.from, offer.to, offer.date)
      : inv.hotelOffers(offer.city, offer.checkIn, offer.checkOut);
  return Math.min(offer.priceFen, ...same.map((o) => o.priceFen));
}

function confirmationOf(offer: Offer, bookingId: string): string {
  let h = 0;
  for (const ch of `${offer.id}:${bookingId}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let pnr = '';
  for (let i = 0; i < 6; i++) pnr += letters[(h >>> (i * 5)) % letters.length];
  return offer.kind === 'flight'
    ? pnr
    : offer.kind === 'train'
      ? `E${String(h % 1e9).padStart(9, '0')}`
      : `H${pnr}`;
}

export function bookFor(
  tx: Tx,
  inv: TravelInventory,
  caller: Caller,
  cmd: BookingCommand,
  now: string,
): Booking & { trip: TripRecord } {
  const trip = bookableTrip(tx, caller, cmd.tripId);
  const travellerId =
    cmd.travellerId ??
    (trip.travellers.some((t) => t.id === caller.id) ? caller.id : trip.travellers[0].id);
  if (!trip.travellers.some((t) => t.id === travellerId))
    badField('travellerId', 'Not a traveller of this trip');
  const found = inv.offer(cmd.offerId);
  if (!found) badField('offerId', `Unknown or sold-out offer ${cmd.offerId.slice(0, 128)}`);
  const dates = found.kind === 'hotel' ? [found.checkIn, found.checkOut] : [found.date];
  for (const d of dates) inTrip(trip, d, 'offerId');
  if (dates[0] < todayOf(now)) badField('offerId', `Offer ${found.id} is in the past`);
  const rules = trip.policy.rules;
  const sameDay = found.kind === 'flight' ? inv.flightOffers(found.from, found.to, found.date) : [];
  const [offer] = evaluateOffers([found], rules, todayOf(now), sameDay);
  const reason = cmd.outOfPolicyReason?.trim();
  if (!offer.inPolicy && !reason)
    fail(
      'OUT_OF_POLICY',
      `Offer ${offer.id} is outside the travel policy (${offer.policyViolations.map((v) => v.code).join(', ')}): give an outOfPolicyReason of at least 4 characters`,
    );
  const booked = tx
    .all<Booking>(T.bookings)
    .some(
      (b) =>
        b.tripId === trip.id &&
        b.offerId === offer.id &&
        b.travellerId === travellerId &&
        b.status !== 'cancelled',
    );
  if (booked)
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Offer ${offer.id} is already booked for this traveller on this trip`,
    );
  const id = newId(tx, T.bookings, 'BK', now);
  let next: TripRecord = { ...trip, bookedFen: trip.bookedFen + offer.priceFen };
  const over =
    next.bookedFen + next.feesFen >
    Math.floor((trip.approvedEstimateFen * (100 + REAPPROVAL_PERCENT)) / 100);
  next = recommit(
    tx,
    caller,
    next,
    targetCommitment(next),
    { reason: `差旅预订 Booking ${id}`, code: 'TRIP_BOOKING', id: id },
    now,
  );
  const booking: Booking = {
    id,
    companyId: trip.companyId,
    tripId: trip.id,
    bookedBy: caller.id,
    travellerId,
    offerId: offer.id,
    kind: offer.kind,
    offer,
    priceFen: offer.priceFen,
    cancellationFeeFen: offer.cancellationFeeFen,
    inPolicy: offer.inPolicy,
    policyViolations: offer.policyViolations,
    outOfPolicyReason: offer.inPolicy ? null : reason!,
    lowestFareFen: lowestFare(inv, offer, rules, sameDay),
    status: over ? 'pending_approval' : 'confirmed',
    confirmationNo: confirmationOf(offer, id),
    feeFen: 0,
    createdAt: now,
    cancelledAt: null,
    version: 1,
  };
  tx.insert(T.bookings, booking);
  const events: TripEvent[] = [
    ...trip.events,
    { type: 'booked', at: now, ...actorOf(caller), bookingId: id, amountFen: offer.priceFen },
  ];
  next = { ...next, version: trip.version + 1, updatedAt: now, events };
  if (over) {
    const budget = tx.get<Budget>(C.budgets, trip.budgetId)!;
    next = {
      ...next,
      status: 'pending_approval',
      reapproval: true,
      events: [
        ...events,
        {
          type: 'reapproval_requested',
          at: now,
          ...actorOf(caller),
          amountFen: next.bookedFen + next.feesFen,
        },
      ],
    };
    tx.update(T.trips, next);
    createApproval(
      tx,
      inv,
      next,
      next.bookedFen + next.feesFen,
      budget.availableFen + (next.committedFen - trip.committedFen),
      now,
    );
  } else {
    tx.update(T.trips, next);
  }
  return { ...booking, trip: next };
}

export function cancelBookingFor(
  tx: Tx,
  caller: Caller,
  id: string,
  now: string,
): Booking & { trip: TripRecord } {
  const b = tx.get<Booking>(T.bookings, id);
  if (!b || b.companyId !== caller.companyId) fail('NOT_FOUND', `Booking ${id} was not found`);
  const trip = ownTrip(tx, caller, b.tripId);
  if (b.status === 'cancelled') fail('NOT_ALLOWED_IN_STATE', `Booking ${id} is already cancelled`);
  if (trip.status !== 'approved' && trip.status !== 'pending_approval')
    fail('NOT_ALLOWED_IN_STATE', `A booking of a ${trip.status} trip cannot be cancelled`);
  // A held booking was never confirmed: it is dropped without a fee.
  const fee = b.status === 'confirmed' ? Math.min(b.cancellationFeeFen, b.priceFen) : 0;
  let next: TripRecord = { ...trip };
  if (fee > 0) {
    const budget = tx.get<Budget>(C.budgets, trip.budgetId)!;
    const r = spend(
      budget,
      fee,
      movement(
        tx,
        caller,
        trip,
        { reason: `退改费 Cancellation fee ${b.id}`, code: 'TRIP_CANCELLED', id: b.id },
        now,
      ),
    );
    tx.update(C.budgets, r.budget);
    tx.insert(C.movements, r.movement);
    next = { ...next, committedFen: next.committedFen - fee, feesFen: next.feesFen + fee };
  }
  next = { ...next, bookedFen: next.bookedFen - b.priceFen };
  next = recommit(
    tx,
    caller,
    next,
    targetCommitment(next),
    { reason: `差旅退订 Booking cancelled ${b.id}`, code: 'TRIP_CANCELLED', id: b.id },
    now,
  );
  const cancelled: Booking = {
    ...b,
    status: 'cancelled',
    feeFen: fee,
    cancelledAt: now,
    version: b.version + 1,
  };
  tx.update(T.bookings, cancelled);
  next = {
    ...next,
    version: trip.version + 1,
    updatedAt: now,
    events: [
      ...trip.events,
      { type: 'booking_cancelled', at: now, ...actorOf(caller), bookingId: b.id, amountFen: fee },
    ],
  };
  tx.update(T.trips, next);
  return { ...cancelled, trip: next };
}

// ---- close / settle ----

function describe(o: Offer): [string, string] {
  if (o.kind === 'flight')
    return [
      `${o.date} ${o.flightNo} ${o.from}→${o.to} ${o.cabin}`,
      `${o.date} ${o.flightNo} ${o.from}→${o.to} ${o.cabin}`,
    ];
  if (o.kind === 'train')
    return [
      `${o.date} ${o.trainNo} ${o.fromStation}→${o.toStation} ${o.seat}`,
      `${o.date} ${o.trainNo} ${o.fromStationEn}→${o.toStationEn} ${o.seat}`,
    ];
  return [
    `${o.checkIn}–${o.checkOut} ${o.name} ${o.nights}晚`,
    `${o.checkIn}–${o.checkOut} ${o.nameEn} ${o.nights} nights`,
  ];
}

export function statementOf(
  trip: TripRecord,
  bookings: Booking[],
  closedAt: string,
  releasedFen: number,
): TripStatement {
  const active = bookings.filter((b) => b.status !== 'cancelled');
  return {
    closedAt,
    estimateFen: trip.approvedEstimateFen,
    bookedFen: trip.bookedFen,
    feesFen: trip.feesFen,
    actualFen: trip.bookedFen + trip.feesFen,
    releasedFen,
    differenceFen: trip.approvedEstimateFen - (trip.bookedFen + trip.feesFen),
    inPolicyCount: active.filter((b) => b.inPolicy).length,
    outOfPolicyCount: active.filter((b) => !b.inPolicy).length,
    bookings: bookings.map((b) => {
      const [description, descriptionEn] = describe(b.offer);
      return {
        bookingId: b.id,
        kind: b.kind,
        description,
        descriptionEn,
        status: b.status,
        priceFen: b.priceFen,
        feeFen: b.feeFen,
        inPolicy: b.inPolicy,
        violationCodes: b.policyViolations.map((v) => v.code),
        outOfPolicyReason: b.outOfPolicyReason,
      };
    }),
  };
}

export function closeTripFor(tx: Tx, caller: Caller, id: string, now: string): TripDetail {
  const trip = ownTrip(tx, caller, id);
  if (trip.requesterId !== caller.id) fail('FORBIDDEN', 'Only the requester closes a trip');
  if (trip.status !== 'approved')
    fail('NOT_ALLOWED_IN_STATE', `A trip that is ${trip.status} cannot be closed`);
  if (todayOf(now) < trip.startDate)
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Trip ${trip.id} starts on ${trip.startDate}: it is closed once under way or over`,
    );
  let next = { ...trip };
  if (trip.bookedFen > 0) {
    const budget = tx.get<Budget>(C.budgets, trip.budgetId)!;
    const r = spend(
      budget,
      trip.bookedFen,
      movement(
        tx,
        caller,
        trip,
        { reason: `差旅结算 Trip settled ${trip.id}`, code: 'TRIP_SETTLED', id: trip.id },
        now,
      ),
    );
    tx.update(C.budgets, r.budget);
    tx.insert(C.movements, r.movement);
    next.committedFen -= trip.bookedFen;
  }
  const releasedFen = next.committedFen;
  next = recommit(
    tx,
    caller,
    next,
    0,
    {
      reason: `差旅结算释放 Trip settled, rest released ${trip.id}`,
      code: 'TRIP_SETTLED',
      id: trip.id,
    },
    now,
  );
  const bookings = bookingsOf(tx, trip.id);
  next = {
    ...next,
    status: 'closed',
    spentFen: trip.bookedFen + trip.feesFen,
    version: trip.version + 1,
    updatedAt: now,
    events: [
      ...trip.events,
      { type: 'closed', at: now, ...actorOf(caller), amountFen: trip.bookedFen + trip.feesFen },
    ],
    statement: statementOf(trip, bookings, now, releasedFen),
  };
  tx.update(T.trips, next);
  return { ...next, bookings };
}
