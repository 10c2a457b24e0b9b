/**
 * The in-process queue between acknowledging a webhook and processing it. Tasks with the same key run in
 * order (one alert's firing before its resolution); different keys run concurrently. Bounded: when full,
 * `push` refuses and the route answers 503 so the vendor retries later instead of the process growing.
 */
export interface WorkQueue {
  push(key: string, task: () => Promise<void>): boolean;
  /** Resolves when nothing is queued or running (tests, graceful shutdown). */
  idle(): Promise<void>;
  readonly pending: number;
}

const STARTED = Promise.resolve();

export function createWorkQueue(options: {
  maxPending: number;
  onError: (error: unknown) => void;
}): WorkQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  let waiters: (() => void)[] = [];

  /** A task of `key` is over: the key's chain is dropped when nothing was queued behind it. */
  const settled = (key: string, tail: Promise<void>) => {
    if (tails.get(key) === tail) tails.delete(key);
    pending -= 1;
    if (pending === 0) {
      const toWake = waiters;
      waiters = [];
      for (const wake of toWake) wake();
    }
  };

  return {
    push(key, task) {
      if (pending >= options.maxPending) return false;
      pending += 1;
      // One handler pair per task rather than catch + finally + a cleanup step: an alert storm queues
      // thousands a second, and each step is a promise and a microtask more.
      const next: Promise<void> = (tails.get(key) ?? STARTED).then(task).then(
        () => settled(key, next),
        (error: unknown) => {
          try {
            options.onError(error);
          } finally {
            settled(key, next);
          }
        },
      );
      tails.set(key, next);
      return true;
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    get pending() {
      return pending;
    },
  };
}
