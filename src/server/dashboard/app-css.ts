/** Readable at a glance and on a phone: one column under 760px, state colours with text, never colour alone. */
export const APP_CSS = `
:root { color-scheme: light dark; --bg:#f6f7f9; --card:#fff; --ink:#17202a; --muted:#5d6b7a; --line:#dde2e8;
  --ok:#1e7b34; --warn:#9a5b00; --bad:#b3261e; --accent:#2957c8; }
@media (prefers-color-scheme: dark) { :root { --bg:#0f1419; --card:#182029; --ink:#e8edf2; --muted:#9aa8b6; --line:#2b3744;
  --ok:#5fd37a; --warn:#f0b450; --bad:#ff7a70; --accent:#7aa2ff; } }
* { box-sizing: border-box; }
[hidden] { display:none !important; }
body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background:var(--bg); color:var(--ink); }
header { display:flex; align-items:baseline; justify-content:space-between; gap:1rem; padding:.8rem 1rem; border-bottom:1px solid var(--line); background:var(--card); }
h1 { font-size:1.2rem; margin:0; } h2 { font-size:1rem; margin:0 0 .6rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
main { display:grid; grid-template-columns:repeat(2, minmax(0,1fr)); gap:1rem; padding:1rem; max-width:1200px; margin:0 auto; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:1rem; }
#login { max-width:420px; margin:2rem auto; display:grid; gap:.5rem; }
.wide { grid-column:1 / -1; }
.facts { display:grid; grid-template-columns:max-content 1fr; gap:.3rem .9rem; margin:0; }
.facts dt { color:var(--muted); } .facts dd { margin:0; font-weight:600; overflow-wrap:anywhere; }
.list { list-style:none; margin:0; padding:0; } .list > li { border-top:1px solid var(--line); padding:.55rem 0; }
.list > li:first-child { border-top:0; }
.incident summary { cursor:pointer; display:flex; flex-wrap:wrap; gap:.4rem .6rem; align-items:center; }
.title { font-weight:600; overflow-wrap:anywhere; }
.badge { display:inline-block; border-radius:999px; padding:.05rem .55rem; font-size:.8rem; font-weight:700; border:1px solid currentColor; }
.ok { color:var(--ok); } .warn { color:var(--warn); } .bad { color:var(--bad); } .muted { color:var(--muted); }
.error { color:var(--bad); min-height:1em; }
.timeline { list-style:none; margin:.5rem 0 0; padding:0 0 0 .8rem; border-left:2px solid var(--line); font-size:.9rem; }
.timeline li { margin:.25rem 0; overflow-wrap:anywhere; } .timeline time { color:var(--muted); font-variant-numeric:tabular-nums; margin-right:.4rem; }
.blocked { color:var(--bad); }
label { display:block; font-size:.85rem; color:var(--muted); margin-top:.5rem; }
input, select, textarea { width:100%; font:inherit; padding:.5rem; border:1px solid var(--line); border-radius:6px; background:var(--bg); color:var(--ink); }
textarea { font-family:ui-monospace, SFMono-Regular, Menlo, monospace; font-size:.85rem; }
.row { display:grid; grid-template-columns:1fr 1fr; gap:.6rem; }
button { margin-top:.7rem; font:inherit; font-weight:600; padding:.55rem 1.1rem; border:0; border-radius:6px; background:var(--accent); color:#fff; cursor:pointer; min-height:44px; }
@media (max-width:760px) { main { grid-template-columns:1fr; padding:.6rem; gap:.6rem; } .row { grid-template-columns:1fr; } }
`;
