import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { type Incident, IncidentSchema } from "../../core/incident.js";
import type { StateStore } from "../../core/state-store.js";
import { keysOf } from "./dedupe-keys.js";
import { incidentIdFor } from "./fingerprint.js";

/** How long a held resolution survives its timer before the store forgets it (only a dead process leaves one). */
const HOLD_GRACE_MS = 10 * 60_000;
/** Validated stored incidents kept per engine (one per open incident, oldest dropped first). */
const VALIDATED_CACHE = 10_000;

export const DedupeSettingsSchema = z.strictObject({
  /** A firing alert never resolved is forgotten after this (a lost "resolved" must not pin it forever). */
  alertTtlMs: z
    .number()
    .int()
    .positive()
    .default(7 * 24 * 3600_000),
  /**
   * Opt-in (operator setting): distinct alerts of one `service` opening within `groupWindowMs` join the first
   * one's incident. Off by default: two identities of one service are two problems until an operator says
   * that, for them, a service is the unit of an incident.
   */
  groupByService: z.boolean().default(false),
  /** The window grouping uses, when it is on; 0 turns it off too. */
  groupWindowMs: z
    .number()
    .int()
    .min(0)
    .default(5 * 60_000),
  /** Reopenings counted within this window… */
  flapWindowMs: z
    .number()
    .int()
    .positive()
    .default(30 * 60_000),
  /** …and from this many on, the incident is flapping: resolutions are held and runs stop. */
  flapThreshold: z.number().int().positive().default(3),
  /** How long a flapping incident's resolution is held; a firing within it cancels the resolution. */
  flapHoldMs: z
    .number()
    .int()
    .min(0)
    .default(5 * 60_000),
  /** At most `maxRunsPerWindow` pipeline runs per fingerprint per `runWindowMs`. */
  runWindowMs: z.number().int().positive().default(3600_000),
  maxRunsPerWindow: z.number().int().positive().default(3),
  /** A vendor's retry of the same delivery within this window is acknowledged and dropped. */
  deliveryTtlMs: z
    .number()
    .int()
    .positive()
    .default(15 * 60_000),
});
export type DedupeSettings = z.infer<typeof DedupeSettingsSchema>;

export type IncidentEventKind = "opened" | "updated" | "resolved" | "reopened";

export interface IncidentEvent {
  /** The incident as it now stands (for a grouped alert: the group's incident). */
  incident: Incident;
  kind: IncidentEventKind;
  /** False once the fingerprint's run cap is reached, while it flaps, and for updates and resolutions. */
  runAllowed: boolean;
  /** The notification that caused this event. */
  alert: Incident;
  /** Notifications counted on the incident so far. */
  count: number;
}

export interface DedupeEngine {
  /** Folds one normalized alert into the incident state; returns the events it causes (zero or one). */
  handle(alert: Incident): Promise<IncidentEvent[]>;
  /**
   * True the first time a delivery key is seen within `deliveryTtlMs` (or `minTtlMs` when longer: as long
   * as the source's signed timestamp stays acceptable); false for a retry or a replay.
   */
  firstDelivery(source: string, deliveryId: string, minTtlMs?: number): Promise<boolean>;
  /** Cancels held resolutions' timers (on shutdown). */
  close(): void;
}

export interface DedupeOptions {
  store: StateStore;
  settings?: Partial<DedupeSettings>;
  /** Events that happen later than `handle` (a held resolution that stood): delivered here. */
  onDeferred?: (event: IncidentEvent) => void;
  clock?: () => number;
}

/**
 * What the store keeps of an open incident: everything but the vendor body. The body travels with the event
 * that opened it; keeping it per incident would make one batch of N alerts cost N copies of itself.
 */
function storedForm(incident: Incident): string {
  return JSON.stringify({ ...incident, raw: null });
}

/**
 * What `JSON.parse(text)` of a validated stored incident gives, without parsing again: the schema leaves
 * `labels` (strings) as its only nested value, and `raw` is null in what this engine stores; a text from
 * elsewhere with a nested `raw` is parsed again rather than shared.
 */
function copyOfParsed(parsed: Incident, text: string): Incident {
  if (typeof parsed.raw === "object" && parsed.raw !== null) return JSON.parse(text) as Incident;
  return { ...parsed, labels: { ...parsed.labels } };
}

export function createDedupeEngine(options: DedupeOptions): DedupeEngine {
  const s = DedupeSettingsSchema.parse(options.settings ?? {});
  const { store } = options;
  const clock = options.clock ?? Date.now;
  const timers = new Set<NodeJS.Timeout>();

  /**
   * The last stored text validated per incident, with its parsed form: a storm repeats one alert thousands
   * of times and the stored incident does not change between them, so it is checked and parsed once. A text
   * the schema passes unchanged is then only copied (a fresh object, since callers change what they get: an
   * acknowledgement sets its status); a text the schema would rewrite is validated every time.
   */
  const validated = new Map<string, { text: string; incident: Incident }>();

  async function storedIncident(ifp: string): Promise<Incident | undefined> {
    const text = await store.get(keysOf(ifp).inc);
    if (!text) return undefined;
    const known = validated.get(ifp);
    if (known?.text === text) return copyOfParsed(known.incident, text);
    const incident = parseStored(text);
    const plain = incident && (JSON.parse(text) as Incident);
    if (plain && isDeepStrictEqual(incident, plain)) {
      if (validated.size >= VALIDATED_CACHE && !known)
        validated.delete(validated.keys().next().value as string);
      validated.set(ifp, { text, incident: plain });
    }
    return incident;
  }

  function parseStored(text: string): Incident | undefined {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined; // a corrupt entry (shared Redis) counts as no stored incident, not a crash
    }
    const parsed = IncidentSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  }

  async function runAllowed(fp: string): Promise<boolean> {
    const runs = await store.add(keysOf(fp).runs, 1, s.runWindowMs);
    const flaps = Number((await store.get(keysOf(fp).flaps)) ?? 0);
    return runs <= s.maxRunsPerWindow && flaps < s.flapThreshold;
  }

  /**
   * Which incident a new alert belongs to: the incident of the same service opened within the window.
   * A leader whose incident is not stored yet is being opened (by another replica or task) and is joined;
   * only a leader that closed meanwhile hands the group over.
   */
  async function groupFor(alert: Incident): Promise<string> {
    const fp = alert.fingerprint;
    if (!alert.service || !s.groupByService || s.groupWindowMs === 0) return fp;
    const groupKey = `group:${alert.service}`;
    if (await store.claim(groupKey, fp, s.groupWindowMs)) return fp;
    const leader = await store.get(groupKey);
    if (!leader || leader === fp) return fp;
    if ((await store.get(keysOf(leader).inc)) || !(await store.get(keysOf(leader).recent))) return leader;
    await store.put(groupKey, fp, s.groupWindowMs);
    return fp;
  }

  /** An "updated" event on incident `ifp`, counting one more notification. */
  async function repeat(ifp: string, alert: Incident, retried = false): Promise<IncidentEvent[]> {
    let incident = await storedIncident(ifp);
    if (!incident && (await store.get(keysOf(ifp).recent)) && !retried) {
      // The incident closed under this alert (it joined as the last member resolved): start over, once.
      if (await store.take(keysOf(alert.fingerprint).alert))
        await store.add(keysOf(ifp).members, -1, s.alertTtlMs);
      return fire(alert, true);
    }
    // Not stored yet: another replica claimed it and is opening it this instant. Report against its id.
    incident ??= { ...alert, id: incidentIdFor(ifp), fingerprint: ifp };
    await store.take(keysOf(ifp).hold); // a firing cancels a held (flapping) resolution
    const count = await store.add(keysOf(ifp).count, 1, s.alertTtlMs);
    if (alert.status === "acknowledged") incident.status = "acknowledged";
    return [{ incident, kind: "updated", runAllowed: false, alert, count }];
  }

  /**
   * Whoever claims `alert:<fp>` counts the alert as a member of its incident; whoever claims `inc:<fp>`
   * opens the incident. Both are atomic claims, so concurrent replicas open one incident and count once.
   */
  async function fire(alert: Incident, retried = false): Promise<IncidentEvent[]> {
    const fp = alert.fingerprint;
    const known = await store.get(keysOf(fp).alert);
    if (known) return repeat(known, alert, retried);
    const ifp = await groupFor(alert);
    if (!(await store.claim(keysOf(fp).alert, ifp, s.alertTtlMs))) {
      return repeat((await store.get(keysOf(fp).alert)) ?? ifp, alert, retried); // another replica was first
    }
    await store.add(keysOf(ifp).members, 1, s.alertTtlMs);
    if (ifp !== fp) return repeat(ifp, alert, retried);
    const incident: Incident = { ...alert, id: incidentIdFor(fp) };
    if (!(await store.claim(keysOf(fp).inc, storedForm(incident), s.alertTtlMs))) {
      return repeat(fp, alert, retried); // still open: its resolution was being held
    }
    const reopened = await store.take(keysOf(fp).recent);
    if (reopened) await store.add(keysOf(fp).flaps, 1, s.flapWindowMs);
    // Added, not put: a replica that saw the claim first may already have counted its repeat here.
    const count = await store.add(keysOf(fp).count, 1, s.alertTtlMs);
    const allowed = await runAllowed(fp);
    return [{ incident, kind: reopened ? "reopened" : "opened", runAllowed: allowed, alert, count }];
  }

  async function finish(ifp: string, alert: Incident): Promise<IncidentEvent[]> {
    const incident = await storedIncident(ifp);
    // `recent` before the incident goes: a concurrent alert must never see neither (it would join a ghost).
    await store.put(keysOf(ifp).recent, "1", s.flapWindowMs);
    if (!(await store.take(keysOf(ifp).inc)) || !incident) return [];
    await store.take(keysOf(ifp).members);
    const count = Number((await store.get(keysOf(ifp).count)) ?? 1);
    await store.take(keysOf(ifp).count); // a reopening counts from one again
    const resolved: Incident = {
      ...incident,
      status: "resolved",
      endedAt: alert.endedAt ?? new Date(clock()).toISOString(),
    };
    return [{ incident: resolved, kind: "resolved", runAllowed: false, alert, count }];
  }

  async function settle(ifp: string, alert: Incident): Promise<void> {
    if (!(await store.take(keysOf(ifp).hold))) return; // a firing came back: no resolution
    if (Number((await store.get(keysOf(ifp).members)) ?? 0) > 0) return;
    for (const event of await finish(ifp, alert)) options.onDeferred?.(event);
  }

  async function resolve(alert: Incident): Promise<IncidentEvent[]> {
    const fp = alert.fingerprint;
    const ifp = await store.get(keysOf(fp).alert);
    // Unknown or already resolved: a repeated "resolved" (Alertmanager resends them) changes nothing.
    if (!ifp || !(await store.take(keysOf(fp).alert))) return [];
    const left = await store.add(keysOf(ifp).members, -1, s.alertTtlMs);
    if (left > 0) {
      const incident = await storedIncident(ifp);
      const count = Number((await store.get(keysOf(ifp).count)) ?? 1);
      return incident ? [{ incident, kind: "updated", runAllowed: false, alert, count }] : [];
    }
    const flaps = Number((await store.get(keysOf(ifp).flaps)) ?? 0);
    if (flaps >= s.flapThreshold && s.flapHoldMs > 0) {
      // The key outlives its timer by a wide margin: a loaded event loop runs the timer late, and a hold
      // that expired first would drop the resolution and leave the incident open for good.
      await store.put(keysOf(ifp).hold, "1", s.flapHoldMs + HOLD_GRACE_MS);
      const timer = setTimeout(() => {
        timers.delete(timer);
        settle(ifp, alert).catch((error: unknown) => {
          process.emitWarning(`held resolution of ${ifp} failed: ${String(error)}`);
        });
      }, s.flapHoldMs);
      timer.unref();
      timers.add(timer);
      return [];
    }
    return finish(ifp, alert);
  }

  return {
    handle(alert) {
      return alert.status === "resolved" ? resolve(alert) : fire(alert);
    },
    firstDelivery(source, deliveryId, minTtlMs = 0) {
      return store.claim(`delivery:${source}:${deliveryId}`, "1", Math.max(s.deliveryTtlMs, minTtlMs));
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
