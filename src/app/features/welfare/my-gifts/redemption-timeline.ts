import type { Redemption, RedemptionEvent, RedemptionStatus } from '../data/welfare.model';
import { REDEMPTION_STEPS } from '../data/welfare.model';

export interface TimelineStep {
  type: RedemptionEvent['type'];
  event: RedemptionEvent | null;
  /** Reached (an event happened) or still to come. */
  done: boolean;
}

/**
 * The steps to show: the events that happened, then (unless cancelled) the steps still to come on
 * the way placed → paid → shipped → delivered → received.
 */
export function timelineSteps(r: Pick<Redemption, 'status' | 'timeline'>): TimelineStep[] {
  const happened: TimelineStep[] = r.timeline.map((event) => ({
    type: event.type,
    event,
    done: true,
  }));
  if (r.status === 'cancelled') return happened;
  const seen = new Set<string>(r.timeline.map((e) => e.type));
  const rest = REDEMPTION_STEPS.filter((s: RedemptionStatus) => !seen.has(s)).map(
    (type): TimelineStep => ({ type, event: null, done: false }),
  );
  return [...happened, ...rest];
}

/** Points given back by a cancelled redemption. */
export function refundedPoints(r: Pick<Redemption, 'timeline'>): number {
  return r.timeline
    .filter((e) => e.type === 'refunded')
    .reduce((sum, e) => sum + (e.points ?? 0), 0);
}
