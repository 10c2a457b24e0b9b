/**
 * Readable at a glance and on a phone: one column under 760px. Each severity has its own colour (filled),
 * outcomes are outlined, and every badge carries its word: colour is never the only signal.
 */
export const APP_CSS = `
:root { color-scheme: light dark; --bg:#f6f7f9; --card:#fff; --ink:#17202a; --muted:#5d6b7a; --line:#dde2e8;
  --ok:#1e7b34; --warn:#9a5b00; --bad:#b3261e; --info:#2957c8; --accent:#2957c8;
  --p1:#b3261e; --p2:#d35400; --p3:#b58900; --p4:#4f6b8a; --add:#e6f4ea; --del:#fce8e6; }
@media (prefers-color-scheme: dark) { :root { --bg:#0f1419; --card:#182029; --ink:#e8edf2; --muted:#9aa8b6; --line:#2b3744;
  --ok:#5fd37a; --warn:#f0b450; --bad:#ff7a70; --info:#7aa2ff; --accent:#7aa2ff; --add:#123821; --del:#45201d; } }
* { box-sizing: border-box; }
[hidden] { display:none !important; }
body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background:var(--bg); color:var(--ink); }
header { display:flex; align-items:baseline; justify-content:space-between; gap:1rem; padding:.8rem 1rem; border-bottom:1px solid var(--line); background:var(--card); }
h1 { font-size:1.2rem; margin:0; } h1 a { color:inherit; text-decoration:none; }
h2 { font-size:1rem; margin:0 0 .6rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
h2.incident-title { font-size:1.25rem; text-transform:none; letter-spacing:0; color:var(--ink); overflow-wrap:anywhere; }
h3 { font-size:.85rem; margin:1.1rem 0 .4rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
main { padding:1rem; max-width:1200px; margin:0 auto; }
a { color:var(--accent); }
.grid { display:grid; grid-template-columns:repeat(2, minmax(0,1fr)); gap:1rem; margin-top:1rem; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:1rem; min-width:0; }
#login { max-width:420px; margin:2rem auto; display:grid; gap:.5rem; }
.facts { display:grid; grid-template-columns:max-content 1fr; gap:.3rem .9rem; margin:0; }
.facts dt { color:var(--muted); } .facts dd { margin:0; font-weight:600; overflow-wrap:anywhere; }
.list { list-style:none; margin:0; padding:0; } .list > li { border-top:1px solid var(--line); padding:.55rem 0; }
.list > li:first-child { border-top:0; }
.filters { display:flex; flex-wrap:wrap; gap:.6rem; margin-bottom:.8rem; } .filters > div { min-width:9rem; } .filters .grow { flex:1 1 14rem; }
.row-link { display:flex; flex-wrap:wrap; gap:.3rem .7rem; align-items:baseline; color:inherit; text-decoration:none; }
.row-link:hover .title { text-decoration:underline; }
.badges { display:inline-flex; flex-wrap:wrap; gap:.3rem; }
.title { font-weight:600; overflow-wrap:anywhere; }
.meta { font-size:.85rem; overflow-wrap:anywhere; }
.badge { display:inline-block; border-radius:999px; padding:.05rem .55rem; font-size:.78rem; font-weight:700; border:1px solid currentColor; white-space:nowrap; }
.sev { color:#fff; border-color:transparent; } .sev-P1 { background:var(--p1); } .sev-P2 { background:var(--p2); }
.sev-P3 { background:var(--p3); color:#1b1500; } .sev-P4 { background:var(--p4); }
.alert-firing { color:var(--bad); border-style:dashed; } .alert-resolved { color:var(--ok); border-style:dashed; }
.ok { color:var(--ok); } .warn { color:var(--warn); } .bad { color:var(--bad); } .info { color:var(--info); } .muted { color:var(--muted); }
.error { color:var(--bad); min-height:1em; }
.part p { margin:.3rem 0; overflow-wrap:anywhere; }
#incident { overflow-wrap:anywhere; } #incident > * { min-width:0; max-width:100%; }
pre { max-width:100%; margin:.3rem 0; padding:.5rem .7rem; background:var(--bg); border:1px solid var(--line); border-radius:6px; overflow:auto; font:12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; white-space:pre; }
pre.excerpt { white-space:pre-wrap; overflow-wrap:anywhere; }
.diff span { display:block; } .diff .add { background:var(--add); } .diff .del { background:var(--del); }
.diff .hunk { color:var(--info); } .diff .meta { color:var(--muted); font-size:12.5px; }
.evidence, .checks, .similar, .marks { padding-left:1.1rem; } .evidence li, .checks li, .similar li { margin:.35rem 0; overflow-wrap:anywhere; }
.todo li { margin:.25rem 0; overflow-wrap:anywhere; }
.actions { display:flex; flex-wrap:wrap; gap:.4rem 1rem; align-items:center; border:1px solid var(--line); border-radius:8px; padding:.2rem .8rem .6rem; }
.buttons { display:flex; flex-wrap:wrap; gap:.5rem; }
.timeline { list-style:none; margin:.5rem 0 0; padding:0 0 0 .8rem; border-left:2px solid var(--line); font-size:.9rem; }
.timeline li { margin:.25rem 0; overflow-wrap:anywhere; } .timeline time { color:var(--muted); font-variant-numeric:tabular-nums; margin-right:.5rem; }
.timeline li.plumbing { display:none; } .timeline.details li.plumbing { display:list-item; color:var(--muted); }
.timeline li.human { font-weight:600; }
.blocked { color:var(--bad); }
label { display:block; font-size:.85rem; color:var(--muted); margin-top:.5rem; } label.inline { display:inline; margin:0; }
label.inline input { width:auto; }
input, select, textarea { width:100%; font:inherit; padding:.5rem; border:1px solid var(--line); border-radius:6px; background:var(--bg); color:var(--ink); }
textarea { font-family:ui-monospace, SFMono-Regular, Menlo, monospace; font-size:.85rem; }
.row { display:grid; grid-template-columns:1fr 1fr; gap:.6rem; }
button { margin-top:.7rem; font:inherit; font-weight:600; padding:.55rem 1.1rem; border:0; border-radius:6px; background:var(--accent); color:#fff; cursor:pointer; min-height:44px; }
button.secondary { background:transparent; color:var(--accent); border:1px solid var(--accent); }
button:disabled { opacity:.55; cursor:default; }
@media (max-width:760px) { main { padding:.6rem; } .grid { grid-template-columns:1fr; gap:.6rem; } .row { grid-template-columns:1fr; } .filters > div { min-width:calc(50% - .3rem); } }
`;
