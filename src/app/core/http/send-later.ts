import { asyncScheduler, subscribeOn, type MonoTypeOperatorFunction } from 'rxjs';

/**
 * Sends a read in a task after the one that asked for it: for the reads a page starts as it is made
 * whose answers its first screen does not show (a filter's options and counts). Sending a request
 * costs several milliseconds on a phone, in the task that makes the page, its longest.
 */
export function sendAfterThisTask<T>(): MonoTypeOperatorFunction<T> {
  return subscribeOn(asyncScheduler);
}
