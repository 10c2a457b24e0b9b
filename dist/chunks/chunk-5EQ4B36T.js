import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/core/memory-tally.ts
function refillAndTake(held, bucket) {
  const rate = bucket.capacity / bucket.windowMs;
  let tokens = held?.tokens ?? bucket.capacity;
  let at = held?.at ?? bucket.now;
  if (bucket.now > at) {
    tokens = Math.min(bucket.capacity, tokens + (bucket.now - at) * rate);
    at = bucket.now;
  }
  if (tokens >= 1) return { state: { tokens: tokens - 1, at }, take: { ok: true } };
  return { state: { tokens, at }, take: { ok: false, retryAfterMs: Math.ceil((1 - tokens) / rate) } };
}
function applyTally(entries, now, change) {
  let others = 0;
  let own = 0;
  for (const [name, e] of entries) {
    if (e.expiresAt <= now) entries.delete(name);
    else if (name === change?.entry) own = e.amount;
    else others += e.amount;
  }
  if (!change) return { ok: true, total: others };
  if (change.cap !== void 0 && others + change.amount > change.cap)
    return { ok: false, total: others + own };
  if (change.amount > 0 && change.expiresAt > now)
    entries.set(change.entry, { amount: change.amount, expiresAt: change.expiresAt });
  else entries.delete(change.entry);
  return { ok: true, total: others + (entries.get(change.entry)?.amount ?? 0) };
}

// src/core/memory-state-store.ts
function createMemoryStateStore(options = {}) {
  const clock = options.clock ?? Date.now;
  const sweepEvery = options.sweepEvery ?? 1e4;
  const entries = /* @__PURE__ */ new Map();
  const buckets = /* @__PURE__ */ new Map();
  const tallies = /* @__PURE__ */ new Map();
  let writes = 0;
  let hand = entries.entries();
  const live = (key) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= clock()) {
      entries.delete(key);
      return void 0;
    }
    return entry;
  };
  const write = (key, value, ttlMs) => {
    entries.set(key, { value, expiresAt: ttlMs === void 0 ? Number.POSITIVE_INFINITY : clock() + ttlMs });
    writes += 1;
    if (writes % sweepEvery === 0) {
      const now = clock();
      for (let looked = 0; looked < 2 * sweepEvery; looked += 1) {
        const next = hand.next();
        if (next.done) {
          hand = entries.entries();
          if (looked >= entries.size) break;
          continue;
        }
        if (next.value[1].expiresAt <= now) entries.delete(next.value[0]);
      }
      for (const [k, b] of buckets) if (b.expiresAt <= now) buckets.delete(k);
      for (const [k, t] of tallies) {
        applyTally(t, now, void 0);
        if (t.size === 0) tallies.delete(k);
      }
    }
  };
  return {
    async claim(key, value, ttlMs) {
      if (live(key)) return false;
      write(key, value, ttlMs);
      return true;
    },
    async get(key) {
      return live(key)?.value;
    },
    async put(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async take(key) {
      const existed = live(key) !== void 0;
      if (existed) entries.delete(key);
      return existed;
    },
    async add(key, by, ttlMs) {
      const entry = live(key);
      const next = (entry ? Number(entry.value) : 0) + by;
      if (entry) entry.value = String(next);
      else write(key, String(next), ttlMs);
      return next;
    },
    async takeToken(key, bucket) {
      const held = buckets.get(key);
      const { state, take } = refillAndTake(held && held.expiresAt > bucket.now ? held : void 0, bucket);
      buckets.set(key, { ...state, expiresAt: state.at + bucket.windowMs });
      writes += 1;
      return take;
    },
    async tally(key, now, change) {
      const tally = tallies.get(key) ?? /* @__PURE__ */ new Map();
      const result = applyTally(tally, now, change);
      if (tally.size > 0) tallies.set(key, tally);
      else tallies.delete(key);
      return result;
    },
    async close() {
      entries.clear();
      buckets.clear();
      tallies.clear();
    }
  };
}

export {
  createMemoryStateStore
};
