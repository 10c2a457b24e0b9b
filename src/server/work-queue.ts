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

export function createWorkQueue(options: {
  maxPending: number;
  onError: (error: unknown) => void;
}): WorkQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  let waiters: (() => void)[] = [];

  const settled = () => {
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
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task).catch(options.onError).finally(settled);
      tails.set(key, next);
      next.then(() => {
        if (tails.get(key) === next) tails.delete(key);
      });
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
