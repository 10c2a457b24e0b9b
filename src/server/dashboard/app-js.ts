/**
 * The dashboard's script, served as a file so the CSP can forbid inline script: the list, the panels, the
 * login and the routing. Everything from the API is shown with textContent, never as HTML (incident titles
 * and log lines are attacker-controlled), and only parsed http(s) URLs become links. No backslash, backtick
 * or dollar-brace in here: this is a template literal.
 */
export const APP_JS = `
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("sentry-token") || "";
let person = sessionStorage.getItem("sentry-name") || "";
const services = new Set();
const filters = { state: "", severity: "", service: "", q: "" };
let current = { id: "", updatedAt: "", showDetails: false };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}
/** http(s) only, parsed: javascript:, data: and relative URLs become text, never links. */
function webUrl(text) {
  if (typeof text !== "string") return "";
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? url.href : "";
  } catch { return ""; }
}
function link(url, text) {
  const href = webUrl(url);
  if (!href) return el("span", { class: "muted", text: text + " (not a web link)" });
  return el("a", { href, target: "_blank", rel: "noopener noreferrer", text });
}
const TONE = { ok: "ok", warn: "warn", bad: "bad", info: "info" };
const badge = (text, cls) => el("span", { class: "badge " + (cls || "info"), text });
const sevBadge = (sev) => el("span", { class: "badge sev sev-" + (/^P[1-4]$/.test(sev) ? sev : "P4"), text: sev, title: "severity" });
const outcomeBadge = (o) => el("span", { class: "badge outcome " + (TONE[o.tone] || "info"), text: o.label, title: "what the run did" });
const alertBadge = (s) => el("span", { class: "badge alert-" + (s === "resolved" ? "resolved" : "firing"), text: "alert " + s, title: "the alert's own state" });

function ago(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 45) return "just now";
  if (s < 3600) return Math.round(s / 60) + " min ago";
  if (s < 86400) return Math.round(s / 3600) + " h ago";
  return Math.round(s / 86400) + " d ago";
}
/** "3 min ago · 2026-12-07 01:02 UTC": relative for a glance, the date for the postmortem. */
function whenText(iso) {
  const t = Date.parse(iso || "");
  if (Number.isNaN(t)) return "";
  return ago(Date.now() - t) + " · " + new Date(t).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}
const when = (iso) => el("time", { datetime: iso || "", text: whenText(iso) });

async function api(path, init = {}) {
  const res = await fetch(path, { ...init, headers: { ...(init.headers || {}), authorization: "Bearer " + token } });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) { logout(body.reason || "unauthorized"); throw new Error("unauthorized"); }
  if (!res.ok) throw new Error(body.reason || body.error || res.statusText);
  return body;
}
const post = (path, body) => api(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function facts(target, rows) {
  target.replaceChildren(...rows.flatMap(([k, v, cls]) => [el("dt", { text: k }), el("dd", cls ? { class: cls, text: v } : { text: v })]));
}
function renderStatus(s) {
  facts($("status"), [
    ["Mode", s.mode, s.mode === "ACTIVE" ? "warn" : s.mode === "DISABLED" ? "bad" : "ok"],
    ["Kill switch", s.killSwitch.halted ? "HALTED: " + s.killSwitch.reason : "off", s.killSwitch.halted ? "bad" : "ok"],
    ["Circuit breaker", (s.circuitBreaker.open ? "OPEN " : "closed ") + "$" + s.circuitBreaker.spentUsd.toFixed(4) + " of $" + s.circuitBreaker.limitUsd + " / " + s.circuitBreaker.windowMinutes + " min", s.circuitBreaker.open ? "bad" : "ok"],
    ["Watcher", s.watcher.running ? "running on " + s.watcher.files.length + " file(s), " + s.watcher.triggers + " trigger(s)" : "stopped"],
    ["Queue", String(s.queue.pending) + " pending"],
  ]);
}
function renderSecurity(s) {
  const v = s.audit.verification;
  facts($("security"), [
    ["Audit chain", v.ok ? "verified (" + v.entries + " entries, " + v.seals + " seals)" : "BROKEN: " + v.message, v.ok ? "ok" : "bad"],
    ["Chain head", s.audit.head ? "#" + s.audit.head.seq + " " + s.audit.head.hash.slice(0, 16) + "…" : "empty"],
    ["Tool calls", s.gateway.allowed + " allowed, " + s.gateway.blocked + " blocked", s.gateway.blocked ? "warn" : "ok"],
    ["Blocked by", Object.entries(s.gateway.blockedBy).map(([k, n]) => k + " " + n).join(", ") || "none"],
    ["Injection flags", String(s.gateway.inputFlags), s.gateway.inputFlags ? "warn" : "ok"],
    ["Throttle", s.throttle.actions + " actions / " + s.throttle.windowSeconds + " s (" + s.throttle.blockedCalls + " throttled)"],
    ["Credentials", "expire after " + s.credentialTtlSeconds + " s"],
  ]);
  $("agents").replaceChildren(...s.agents.map((a) => el("li", {}, badge(a.status, a.status === "active" ? "warn" : "ok"), " ", el("code", { text: a.agentId }), el("span", { class: "muted", text: " run " + a.runId + ", expires " + whenText(a.expiresAt) }))));
}
function renderMemory(m) {
  if (!m.enabled) { $("memory-summary").textContent = "Memory is off (set SENTRY_MEMORY_FILE)."; $("memory").replaceChildren(); return; }
  $("memory-summary").textContent = m.total + " past incident(s) remembered";
  $("memory").replaceChildren(...m.entries.slice(0, 10).map((e) => el("li", {}, el("span", { class: "title", text: e.title }), " ", badge(e.category, "info"), e.fixWorked === true ? badge("fix worked", "ok") : e.fixWorked === false ? badge("fix failed", "bad") : null, el("div", { class: "muted", text: e.rootCause.slice(0, 240) }))));
}

function incidentRow(i) {
  return el("li", { class: "incident", "data-id": i.id },
    el("a", { class: "row-link", href: "#/incident/" + encodeURIComponent(i.id) },
      el("span", { class: "badges" }, sevBadge(i.severity), outcomeBadge(i.outcome), alertBadge(i.alertState), i.acknowledged ? badge("acknowledged", "ok") : null),
      el("span", { class: "title", text: i.title }),
      el("span", { class: "muted meta" }, (i.service ? i.service + " · " : "") + (i.outcome.reason ? i.outcome.reason.slice(0, 140) + " · " : ""), when(i.receivedAt))));
}
function renderServices() {
  const select = $("f-service");
  const have = new Set([...select.options].map((o) => o.value));
  for (const s of [...services].sort()) if (!have.has(s)) select.append(el("option", { value: s, text: s }));
}
function renderIncidents(list) {
  for (const i of list) if (i.service) services.add(i.service);
  renderServices();
  $("no-incidents").hidden = list.length > 0;
  $("no-incidents").textContent = Object.values(filters).some(Boolean) ? "No incident matches these filters." : "No incidents yet.";
  $("incidents").replaceChildren(...list.map(incidentRow));
}
function listQuery() {
  const p = new URLSearchParams({ limit: "200" });
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  return "/api/incidents?" + p.toString();
}
async function refreshList() {
  const [incidents, status, security, memory] = await Promise.all([api(listQuery()), api("/api/status"), api("/api/security"), api("/api/memory")]);
  renderIncidents(incidents.incidents); renderStatus(status); renderSecurity(security); renderMemory(memory);
}
async function refresh() {
  try {
    const id = incidentIdFromHash();
    if (id) await refreshIncident(id); else await refreshList();
    $("updated").textContent = "updated " + new Date().toISOString().slice(11, 19) + " UTC";
    // "3 min ago" ages while the page stays open, even where nothing else changed.
    for (const t of document.querySelectorAll("time[datetime]")) t.textContent = whenText(t.getAttribute("datetime"));
  } catch (e) { $("updated").textContent = "update failed: " + e.message; }
}
function incidentIdFromHash() {
  const m = /^#[/]incident[/]([a-z0-9-]{1,64})$/.exec(location.hash);
  return m ? m[1] : "";
}
function route() {
  const id = incidentIdFromHash();
  $("list-view").hidden = Boolean(id);
  $("incident-view").hidden = !id;
  if (id !== current.id) { current = { id, updatedAt: "", showDetails: false }; $("incident").replaceChildren(el("p", { class: "muted", text: "Loading…" })); }
  if (token) refresh();
}
function logout(reason) {
  token = ""; sessionStorage.removeItem("sentry-token");
  $("app").hidden = true; $("login").hidden = false; $("login-error").textContent = reason || "";
}
function start() { $("login").hidden = true; $("app").hidden = false; route(); }
$("login").addEventListener("submit", (ev) => {
  ev.preventDefault();
  token = $("token").value.trim(); sessionStorage.setItem("sentry-token", token);
  person = $("person").value.trim(); if (person) sessionStorage.setItem("sentry-name", person); else sessionStorage.removeItem("sentry-name");
  start();
});
$("filters").addEventListener("input", () => {
  filters.state = $("f-state").value; filters.severity = $("f-severity").value;
  filters.service = $("f-service").value; filters.q = $("f-q").value.trim();
  refresh();
});
$("filters").addEventListener("submit", (ev) => ev.preventDefault());
$("trigger").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const body = { title: f.get("title"), severity: f.get("severity") };
  if (f.get("service")) body.service = f.get("service");
  if (f.get("logs")) body.logs = f.get("logs");
  try {
    const r = await post("/api/trigger", body);
    $("trigger-result").textContent = "Queued " + r.id; ev.target.reset(); refresh();
  } catch (e) { $("trigger-result").textContent = "Not queued: " + e.message; }
});
window.addEventListener("hashchange", route);
`;
