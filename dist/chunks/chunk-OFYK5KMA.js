import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/core/memory-state-store.ts
function createMemoryStateStore(options = {}) {
  const clock = options.clock ?? Date.now;
  const sweepEvery = options.sweepEvery ?? 1e4;
  const entries = /* @__PURE__ */ new Map();
  let writes = 0;
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
      for (const [k, e] of entries) if (e.expiresAt <= now) entries.delete(k);
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
      entries.delete(key);
      return existed;
    },
    async add(key, by, ttlMs) {
      const entry = live(key);
      const next = (entry ? Number(entry.value) : 0) + by;
      if (entry) entry.value = String(next);
      else write(key, String(next), ttlMs);
      return next;
    },
    async close() {
      entries.clear();
    }
  };
}

export {
  createMemoryStateStore
};
