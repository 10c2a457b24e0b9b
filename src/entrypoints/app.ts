import type { ApplicationFunction, Context, Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import type { StateStore } from "../core/state-store.js";
import type { runIncident } from "../engine/run-incident.js";
import { handleAppComment } from "../github/app-commands.js";
import { type AlertOutcome, type AppEngine, deliverAlert } from "../github/app-delivery.js";
import { invalidateApproval } from "../github/approve.js";
import { createConfigMemory } from "../github/config.js";
import { onFixMerged } from "../github/fix-merged.js";
import type { GitHub } from "../github/octokit.js";
import { oncePerDelivery } from "../github/once-per-delivery.js";
import { guardPosting } from "../github/render/post-guard.js";
import { createAlertIntake, openStateStore } from "../server/alert-intake.js";
import type { AlertIncidentEvent } from "../server/alert-route.js";
import { bookResult } from "../server/delivery-result.js";
import { createRouter, healthRoute, type ServerLog } from "../server/http-server.js";
import { createAppApi, type DeliverAlert } from "./app-api.js";
import type { AppSettings } from "./app-settings.js";
import { capabilityLines } from "./shared/capabilities.js";
import { providerFactory } from "./shared/provider-settings.js";

export type { AppSettings };

export interface AppDeps {
  runIncident?: typeof runIncident;
  /** Called when a delivery (of an alert, or of an incident from the API or the watcher) finished; tests await it. */
  onDelivered?: (delivery: AlertOutcome) => void;
  /** Where replicas share dedupe and claimed delivery ids; default: opened from settings.serve.redisUrl. */
  store?: StateStore;
}

/** The Probot app: ChatOps, approval staleness, merged fixes, and the alert routes on its server. */
export function sentryApp(settings: AppSettings, deps: AppDeps = {}): ApplicationFunction {
  const provider = (config: SentryConfig) =>
    providerFactory({
      flag: undefined,
      script: undefined,
      env: settings.providerEnv,
      config,
      cwd: process.cwd(),
    });

  return (app: Probot, { addHandler }) => {
    const log: ServerLog = (entry) => app.log[entry.level](entry, entry.msg);
    const store = deps.store ?? openStateStore(settings.serve.redisUrl, log);
    const engine: AppEngine = {
      settings,
      memory: createConfigMemory(),
      provider,
      sharedState: store,
      env: settings.providerEnv,
      ...(deps.runIncident ? { runIncident: deps.runIncident } : {}),
      warn: (line) => app.log.warn(line),
    };
    app.on(
      "issue_comment.created",
      oncePerDelivery(store, async (context) => {
        const outcome = await handleAppComment(
          { ...engine, warn: (line) => context.log.warn(line) },
          {
            gh: guardPosting(context.octokit as unknown as GitHub),
            repo: context.repo(),
            deliveryId: context.id,
            payload: context.payload,
            botLogin: `${settings.appSlug}[bot]`,
          },
        );
        if (outcome) context.log.info({ outcome }, "sentry command");
      }),
    );

    app.on(
      "pull_request.synchronize",
      oncePerDelivery(store, async (context) => {
        const pr = context.payload.pull_request;
        await invalidateApproval(guardPosting(context.octokit as unknown as GitHub), context.repo(), {
          number: pr.number,
          node_id: pr.node_id,
          head: { ref: pr.head.ref, sha: pr.head.sha },
          labels: pr.labels,
        });
      }),
    );

    app.on(
      "pull_request.closed",
      oncePerDelivery(store, async (context) => {
        const pr = context.payload.pull_request;
        await onFixMerged(guardPosting(context.octokit as unknown as GitHub), context.repo(), {
          merged: pr.merged === true,
          body: pr.body,
          head: { ref: pr.head.ref },
        });
      }),
    );

    const alerts = createAlertIntake({
      store,
      settings: settings.serve,
      onIncident: (e) => onAlert(e),
      // The API (made below) counts refused alerts for /metrics, as on `serve`.
      onRefused: (event) => api?.metrics.observeRejectedAlert(event),
      log,
    });
    const deliver: DeliverAlert = async (incident, runAllowed, job) => {
      const outcome = await deliverAlert(app, engine, incident, runAllowed, job);
      deps.onDelivered?.(outcome.delivery);
      return outcome;
    };
    const api = settings.api
      ? createAppApi(
          app,
          settings,
          settings.api,
          deliver,
          (msg, error) => log({ level: "error", msg, ...(error ? { error: String(error) } : {}) }),
          store,
        )
      : undefined;
    const routing = {
      ...(settings.routingRepo
        ? { routingRepo: `${settings.routingRepo.owner}/${settings.routingRepo.repo}` }
        : {}),
      ...(settings.defaultRepo
        ? { defaultRepo: `${settings.defaultRepo.owner}/${settings.defaultRepo.repo}` }
        : {}),
    };
    for (const line of capabilityLines({
      auth: settings.serve.auth,
      ...(settings.api ? { api: "the App's server" } : {}),
      routing,
      env: settings.providerEnv,
      redis: settings.serve.redisUrl !== undefined,
      ...(settings.dotEnvPath ? { dotEnvPath: settings.dotEnvPath } : {}),
    }))
      app.log.info(line);
    const router = createRouter([healthRoute, ...alerts.routes, ...(api?.routes ?? [])], log);
    addHandler((req, res) => router(req, res));

    async function onAlert(event: AlertIncidentEvent): Promise<void> {
      api?.countAlert(event);
      // A repeat the dedupe engine holds back is not a new incident run: nothing for the dashboard.
      const runs = event.runAllowed || event.incident.status === "resolved";
      if (!api || !runs) {
        api?.noteAlert(event);
        await deliver(event.incident, event.runAllowed);
        return;
      }
      await api.track(event.incident, `alert:${event.incident.source}`, async (job) => {
        const { delivery, recorded } = await deliver(job.incident, event.runAllowed, job);
        return bookResult(delivery, recorded);
      });
    }
  };
}

export type { Context };
