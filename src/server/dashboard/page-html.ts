/** The dashboard's HTML shell: no inline script or style, so the CSP can forbid both. Incidents come first. */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claude Sentry</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dashboard/app.css">
<script type="module" src="/dashboard/app.js"></script>
</head>
<body>
<header>
  <h1><a href="#/">Claude Sentry</a></h1>
  <span id="updated" class="muted">not connected</span>
</header>
<form id="login" class="card" autocomplete="off">
  <label for="token">API token</label>
  <input id="token" name="token" type="password" required placeholder="SENTRY_API_TOKEN">
  <label for="person">Your name (optional; recorded with what you do here)</label>
  <input id="person" name="person" maxlength="100" placeholder="alex">
  <button type="submit">Connect</button>
  <p id="login-error" class="error" role="alert"></p>
</form>
<main id="app" hidden>
  <div id="list-view">
    <section class="card" id="incidents-panel" aria-labelledby="incidents-h">
      <h2 id="incidents-h">Incidents</h2>
      <form id="filters" class="filters" role="search">
        <div><label for="f-state">State</label>
          <select id="f-state" name="state">
            <option value="">any</option><option value="firing">alert firing</option><option value="resolved">alert resolved</option>
            <option>PROPOSED</option><option>ESCALATED</option><option>FAILED</option><option>FIXED</option>
            <option>NOTHING_WRONG</option><option>HALTED</option><option>RUNNING</option><option>ACKNOWLEDGED</option>
          </select></div>
        <div><label for="f-severity">Severity</label>
          <select id="f-severity" name="severity"><option value="">any</option><option>P1</option><option>P2</option><option>P3</option><option>P4</option></select></div>
        <div><label for="f-service">Service</label>
          <select id="f-service" name="service"><option value="">any</option></select></div>
        <div class="grow"><label for="f-q">Search</label>
          <input id="f-q" name="q" type="search" maxlength="200" placeholder="title, service, cause…"></div>
      </form>
      <p id="no-incidents" class="muted">No incidents yet.</p>
      <ul id="incidents" class="list"></ul>
    </section>
    <div class="grid">
      <section class="card" id="status-panel" aria-labelledby="status-h">
        <h2 id="status-h">Status</h2>
        <dl id="status" class="facts"></dl>
      </section>
      <section class="card" id="security-panel" aria-labelledby="security-h">
        <h2 id="security-h">Security posture</h2>
        <dl id="security" class="facts"></dl>
        <details><summary>Agent identities</summary><ul id="agents" class="list"></ul></details>
      </section>
      <section class="card" id="trigger-panel" aria-labelledby="trigger-h">
        <h2 id="trigger-h">Trigger a diagnosis</h2>
        <form id="trigger">
          <label for="t-title">Title</label>
          <input id="t-title" name="title" required maxlength="500" placeholder="checkout 5xx after deploy">
          <div class="row">
            <div><label for="t-severity">Severity</label>
              <select id="t-severity" name="severity"><option>P1</option><option>P2</option><option selected>P3</option><option>P4</option></select></div>
            <div><label for="t-service">Service</label><input id="t-service" name="service" pattern="[A-Za-z0-9_.\\-]{1,100}" placeholder="checkout"></div>
          </div>
          <label for="t-logs">Log lines (optional)</label>
          <textarea id="t-logs" name="logs" rows="5" placeholder="paste the error lines here"></textarea>
          <button type="submit">Trigger</button>
          <p id="trigger-result" role="status"></p>
        </form>
      </section>
      <section class="card" id="memory-panel" aria-labelledby="memory-h">
        <h2 id="memory-h">Memory</h2>
        <p id="memory-summary" class="muted"></p>
        <ul id="memory" class="list"></ul>
      </section>
    </div>
  </div>
  <div id="incident-view" hidden>
    <p><a href="#/" id="back">← All incidents</a></p>
    <article class="card" id="incident" aria-live="polite"></article>
  </div>
</main>
</body>
</html>
`;
