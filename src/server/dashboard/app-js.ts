/**
 * The dashboard's script, served as a file so the CSP can forbid inline script. Everything from the API is
 * shown with textContent, never as HTML: incident titles and log lines are attacker-controlled.
 */
export const APP_JS = `
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("sentry-token") || "";
const open = new Set();

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}
const stateClass = (s) => /RESOLVED|done|ok/.test(s) ? "ok" : /ESCALATED|HALTED|failed/.test(s) ? "bad" : "warn";
const badge = (text, cls) => el("span", { class: "badge " + (cls || stateClass(text)), text });
const when = (iso) => iso ? new Date(iso).toLocaleTimeString() : "";

async function api(path, init = {}) {
  const res = await fetch(path, { ...init, headers: { ...(init.headers || {}), authorization: "Bearer " + token } });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) { logout(body.reason || "unauthorized"); throw new Error("unauthorized"); }
  if (!res.ok) throw new Error(body.reason || body.error || res.statusText);
  return body;
}
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
  $("agents").replaceChildren(...s.agents.map((a) => el("li", {}, badge(a.status, a.status === "active" ? "warn" : "ok"), " ", el("code", { text: a.agentId }), el("span", { class: "muted", text: " run " + a.runId + ", expires " + when(a.expiresAt) }))));
}
async function timeline(id, target) {
  const d = await api("/api/incidents/" + encodeURIComponent(id));
  const items = [];
  // Only links the server made when delivering (https, checked again here); never text from a run.
  const links = (d.links || []).filter((l) => /^https:\\/\\//.test(l.url));
  if (links.length) items.push(el("p", { class: "links" }, ...links.flatMap((l, i) => [i ? " · " : null, el("a", { href: l.url, target: "_blank", rel: "noopener noreferrer", text: l.label })])));
  if (d.summary) items.push(el("p", {}, el("strong", { text: "Diagnosis: " }), d.category ? badge(d.category, "warn") : null, " ", d.summary));
  if (d.run && d.run.diagnosis && d.run.diagnosis.evidence.length) items.push(el("ul", {}, ...d.run.diagnosis.evidence.slice(0, 5).map((e) => el("li", {}, el("code", { text: e.file + (e.line ? ":" + e.line : "") }), " ", e.excerpt.slice(0, 200)))));
  if (d.similar && d.similar.length) items.push(el("p", { class: "muted", text: "Similar past incidents: " + d.similar.slice(0, 3).map((s) => s.title + " (" + Math.round(s.score * 100) + "%" + (s.fixWorked ? ", fix worked" : "") + ")").join("; ") }));
  items.push(el("ol", { class: "timeline" }, ...d.activity.slice(-60).map((a) => el("li", { class: a.decision === "blocked" ? "blocked" : "" }, el("time", { text: when(a.time) }), (a.agent ? a.agent + ": " : "") + a.text))));
  target.replaceChildren(...items);
}
function renderIncidents(list) {
  $("no-incidents").hidden = list.length > 0;
  $("incidents").replaceChildren(...list.map((i) => {
    const body = el("div", { class: "detail" });
    const details = el("details", { class: "incident", "data-id": i.id },
      el("summary", {}, badge(i.state), badge(i.severity, i.severity === "P1" ? "bad" : "warn"), el("span", { class: "title", text: i.title }), el("span", { class: "muted", text: (i.service ? i.service + " · " : "") + when(i.receivedAt) })),
      body);
    if (open.has(i.id)) { details.open = true; timeline(i.id, body).catch(() => {}); }
    details.addEventListener("toggle", () => { if (details.open) { open.add(i.id); timeline(i.id, body).catch((e) => body.replaceChildren(el("p", { class: "error", text: e.message }))); } else open.delete(i.id); });
    return el("li", {}, details);
  }));
}
function renderMemory(m) {
  if (!m.enabled) { $("memory-summary").textContent = "Memory is off (set SENTRY_MEMORY_FILE)."; $("memory").replaceChildren(); return; }
  $("memory-summary").textContent = m.total + " past incident(s) remembered";
  $("memory").replaceChildren(...m.entries.slice(0, 10).map((e) => el("li", {}, el("span", { class: "title", text: e.title }), " ", badge(e.category, "warn"), e.fixWorked === true ? badge("fix worked", "ok") : e.fixWorked === false ? badge("fix failed", "bad") : null, el("div", { class: "muted", text: e.rootCause.slice(0, 240) }))));
}
async function refresh() {
  try {
    const [status, security, incidents, memory] = await Promise.all([api("/api/status"), api("/api/security"), api("/api/incidents"), api("/api/memory")]);
    renderStatus(status); renderSecurity(security); renderIncidents(incidents.incidents); renderMemory(memory);
    $("updated").textContent = "updated " + new Date().toLocaleTimeString();
  } catch (e) { $("updated").textContent = "update failed: " + e.message; }
}
function logout(reason) {
  token = ""; sessionStorage.removeItem("sentry-token");
  $("app").hidden = true; $("login").hidden = false; $("login-error").textContent = reason || "";
}
function start() { $("login").hidden = true; $("app").hidden = false; refresh(); }
$("login").addEventListener("submit", (ev) => {
  ev.preventDefault(); token = $("token").value.trim(); sessionStorage.setItem("sentry-token", token); start();
});
$("trigger").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const body = { title: f.get("title"), severity: f.get("severity") };
  if (f.get("service")) body.service = f.get("service");
  if (f.get("logs")) body.logs = f.get("logs");
  try {
    const r = await api("/api/trigger", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    $("trigger-result").textContent = "Queued " + r.id; ev.target.reset(); open.add(r.id); refresh();
  } catch (e) { $("trigger-result").textContent = "Not queued: " + e.message; }
});
if (token) start();
setInterval(() => { if (token) refresh(); }, 3000);
`;
