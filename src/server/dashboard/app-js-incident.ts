/**
 * The incident page of the dashboard (appended to APP_JS): verdict, root cause, evidence, the diff, what to
 * do, verification, similar incidents, the timeline, and the acknowledge / fix-worked actions. Same rules as
 * APP_JS: textContent only, http(s) links only, no backslash, backtick or dollar-brace.
 */
export const APP_JS_INCIDENT = `
const NL = String.fromCharCode(10);
function section(title, ...children) {
  return el("section", { class: "part" }, el("h3", { text: title }), ...children);
}
function diffView(patch) {
  const pre = el("pre", { class: "diff", "aria-label": "proposed diff" });
  for (const line of patch.split(NL)) {
    const cls = /^(---|[+][+][+]|====)/.test(line) ? "meta" : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "";
    pre.append(el("span", { class: cls, text: line + NL }));
  }
  return pre;
}
function evidencePart(d) {
  const links = (d.links || []).filter((l) => webUrl(l.url));
  const items = (d.run && d.run.diagnosis ? d.run.diagnosis.evidence : []).slice(0, 12);
  if (!links.length && !items.length) return null;
  return section("Evidence",
    links.length ? el("ul", { class: "evidence-links" }, ...links.map((l) => el("li", {}, link(l.url, l.label), " ", el("span", { class: "muted", text: webUrl(l.url).slice(0, 120) })))) : null,
    items.length ? el("ul", { class: "evidence" }, ...items.map((e) => el("li", {},
      el("code", { text: e.file + (e.line ? ":" + e.line : "") }), e.note ? el("span", { class: "muted", text: " " + e.note }) : null,
      el("pre", { class: "excerpt", text: e.excerpt.slice(0, 600) })))) : null);
}
function fixPart(run) {
  const p = run && run.proposal;
  if (!p) return null;
  return section("Proposed fix",
    el("p", {}, badge("risk " + p.risk, p.risk === "low" ? "ok" : p.risk === "medium" ? "warn" : "bad"), " ", badge(p.applied ? "applied" : "not applied: awaits review", p.applied ? "ok" : "warn")),
    el("p", { text: p.rationale }),
    p.restart ? el("p", { text: "Restart: " + p.restart.service }) : null,
    p.patch ? diffView(p.patch) : null);
}
function verificationPart(run) {
  const v = run && run.verification;
  if (!v) return null;
  return section("Verification", el("p", {}, badge(v.outcome, v.outcome === "passed" ? "ok" : v.outcome === "failed" ? "bad" : "warn"), " ", v.summary),
    el("ul", { class: "checks" }, ...v.checks.map((c) => el("li", {}, badge(c.outcome, c.outcome === "pass" ? "ok" : c.outcome === "fail" ? "bad" : "info"), " ", el("strong", { text: c.name }), el("span", { class: "muted", text: " " + c.detail })))));
}
function similarPart(d) {
  if (!d.similar || !d.similar.length) return null;
  return section("Similar incidents", el("ul", { class: "similar" }, ...d.similar.slice(0, 5).map((s) => el("li", {},
    el("span", { class: "title", text: s.title }), " ", badge(Math.round(s.score * 100) + "% similar", "info"),
    s.fixWorked === true ? badge("fix worked", "ok") : s.fixWorked === false ? badge("fix failed", "bad") : null,
    s.rootCause ? el("div", { class: "muted", text: s.rootCause.slice(0, 240) }) : null))));
}
function timelinePart(d) {
  const box = el("input", { type: "checkbox", id: "show-details" });
  box.checked = current.showDetails;
  const list = el("ol", { class: "timeline" + (current.showDetails ? " details" : "") }, ...d.activity.slice(-200).map((a) =>
    el("li", { class: (a.plumbing ? "plumbing" : "") + (a.decision === "blocked" ? " blocked" : "") + (a.kind === "human" ? " human" : "") }, when(a.time), (a.agent ? a.agent + ": " : "") + a.text)));
  box.addEventListener("change", () => { current.showDetails = box.checked; list.classList.toggle("details", box.checked); });
  const hidden = d.activity.filter((a) => a.plumbing).length;
  return section("Timeline", el("label", { class: "inline" }, box, " show details (" + hidden + " agent and tool entries)"), list);
}
function actionsPart(d) {
  const out = el("p", { id: "action-result", role: "status" });
  const act = async (path, body, button) => {
    button.disabled = true;
    try { renderIncident(await post("/api/incidents/" + encodeURIComponent(d.id) + path, { ...body, ...(person ? { by: person } : {}) })); }
    catch (e) { out.textContent = "Not recorded: " + e.message; button.disabled = false; }
  };
  const ack = el("button", { id: "ack", type: "button", text: d.acknowledged ? "Acknowledged" : "Acknowledge" });
  if (d.acknowledged) ack.disabled = true;
  ack.addEventListener("click", () => act("/acknowledge", {}, ack));
  const buttons = [ack];
  if (d.run && d.run.proposal) {
    const worked = el("button", { id: "fix-worked", type: "button", class: "secondary", text: "The fix worked" });
    const failed = el("button", { id: "fix-failed", type: "button", class: "secondary", text: "The fix didn't work" });
    worked.addEventListener("click", () => act("/outcome", { fixWorked: true }, worked));
    failed.addEventListener("click", () => act("/outcome", { fixWorked: false }, failed));
    buttons.push(worked, failed);
  }
  const marks = [];
  if (d.acknowledged) marks.push(el("li", {}, "Acknowledged" + (d.acknowledged.by ? " by " + d.acknowledged.by : ""), " ", when(d.acknowledged.at)));
  if (d.fixOutcome) marks.push(el("li", { class: d.fixOutcome.fixWorked ? "ok" : "bad" }, (d.fixOutcome.fixWorked ? "The fix worked" : "The fix did not work") + (d.fixOutcome.by ? " (" + d.fixOutcome.by + ")" : ""), " ", when(d.fixOutcome.at)));
  return el("div", { class: "actions" }, el("div", { class: "buttons" }, ...buttons), marks.length ? el("ul", { class: "marks" }, ...marks) : null, out);
}
function renderIncident(d) {
  current.updatedAt = d.updatedAt;
  const run = d.run || {};
  const diag = run.diagnosis;
  // replaceChildren would print a null as "null": sections with nothing to say are left out first.
  const parts = [
    el("h2", { class: "incident-title", text: d.title }),
    el("p", { class: "badges" }, sevBadge(d.severity), outcomeBadge(d.outcome), alertBadge(d.alertState), d.acknowledged ? badge("acknowledged", "ok") : null),
    el("p", { class: "muted meta" }, (d.service ? d.service + " · " : "") + d.source + " · " + d.id + " · received ", when(d.receivedAt)),
    actionsPart(d),
    section("Verdict", el("p", { class: "verdict" }, el("strong", { class: TONE[d.outcome.tone] || "info", text: d.outcome.label }), d.outcome.reason ? ": " + d.outcome.reason : "")),
    diag ? section("Root cause", el("p", {}, badge(diag.category, "info"), " ", badge("confidence " + Math.round(diag.confidence * 100) + "%", "info")), el("p", { class: "summary", text: diag.summary }), diag.rootCause && diag.rootCause !== diag.summary ? el("p", { text: diag.rootCause }) : null) : null,
    d.incident.description ? section("Alert", el("p", { text: d.incident.description })) : null,
    evidencePart(d),
    fixPart(run),
    diag && diag.recommendedActions.length ? section("What to do", el("ol", { class: "todo" }, ...diag.recommendedActions.map((a) => el("li", { text: a })))) : null,
    verificationPart(run),
    similarPart(d),
    timelinePart(d)];
  $("incident").replaceChildren(...parts.filter(Boolean));
}
async function refreshIncident(id) {
  const d = await api("/api/incidents/" + encodeURIComponent(id));
  if (d.updatedAt !== current.updatedAt) renderIncident(d);
}
if (token) start();
setInterval(() => { if (token && !document.hidden) refresh(); }, 3000);
`;
