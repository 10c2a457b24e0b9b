import type nock from "nock";

/**
 * Issues, labels, comments and reactions of one repository, in memory behind nock. Enough state for
 * idempotency tests to be honest: a second run really sees what the first one created.
 */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string | null;
  labels: string[];
  pull_request?: object;
}
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  edits: number;
}
export interface FakeIssues {
  issues: Map<number, FakeIssue>;
  comments: FakeComment[];
  reactions: { commentId: number; content: string }[];
  createCalls: number;
  /** Fails the next issue creation *after* storing it, like a crash between "created" and "recorded". */
  crashAfterCreate: boolean;
  nextNumber: number;
}

export function installFakeIssues(scope: nock.Scope, owner: string, repo: string): FakeIssues {
  const base = `/repos/${owner}/${repo}`;
  const url = (n: number) => `https://github.com/${owner}/${repo}/issues/${n}`;
  const view = (i: FakeIssue) => ({
    ...i,
    html_url: url(i.number),
    labels: i.labels.map((name) => ({ name })),
  });
  const fake: FakeIssues = {
    issues: new Map(),
    comments: [],
    reactions: [],
    createCalls: 0,
    crashAfterCreate: false,
    nextNumber: 1,
  };
  const issueNo = (uri: string) => Number(uri.split("?")[0]!.slice(`${base}/issues/`.length).split("/")[0]);
  const query = (uri: string) => new URL(uri, "https://x").searchParams;

  scope
    .persist()
    .get((uri) => uri.split("?")[0] === `${base}/issues`)
    .reply((uri) => {
      const q = query(uri);
      const label = q.get("labels");
      const state = q.get("state") ?? "open";
      const page = Number(q.get("page") ?? 1);
      const per = Number(q.get("per_page") ?? 30);
      const rows = [...fake.issues.values()]
        .filter((i) => (label ? i.labels.includes(label) : true))
        .filter((i) => state === "all" || i.state === state)
        .sort((a, b) => a.number - b.number)
        .slice((page - 1) * per, page * per);
      return [200, rows.map(view)];
    })
    .post(`${base}/issues`)
    .reply((_uri, body) => {
      const { title, body: text, labels } = body as { title: string; body?: string; labels?: string[] };
      fake.createCalls += 1;
      const issue: FakeIssue = {
        number: fake.nextNumber++,
        title,
        body: text ?? "",
        state: "open",
        labels: labels ?? [],
      };
      fake.issues.set(issue.number, issue);
      if (fake.crashAfterCreate) {
        fake.crashAfterCreate = false;
        return [500, { message: "connection reset after the write" }];
      }
      return [201, view(issue)];
    })
    .get((uri) => /\/issues\/\d+$/.test(uri.split("?")[0]!) && uri.startsWith(`${base}/issues/`))
    .reply((uri) => {
      const issue = fake.issues.get(issueNo(uri));
      return issue ? [200, view(issue)] : [404, { message: "Not Found" }];
    })
    .patch((uri) => /\/issues\/\d+$/.test(uri) && uri.startsWith(`${base}/issues/`))
    .reply((uri, body) => {
      const issue = fake.issues.get(issueNo(uri));
      if (!issue) return [404, { message: "Not Found" }];
      Object.assign(issue, body as object);
      return [200, view(issue)];
    })
    .get((uri) => /\/issues\/\d+\/labels/.test(uri) && uri.startsWith(`${base}/issues/`))
    .reply((uri) => [200, (fake.issues.get(issueNo(uri))?.labels ?? []).map((name) => ({ name }))])
    .put((uri) => /\/issues\/\d+\/labels$/.test(uri))
    .reply((uri, body) => {
      const issue = fake.issues.get(issueNo(uri))!;
      issue.labels = [...new Set((body as { labels: string[] }).labels)];
      return [200, issue.labels.map((name) => ({ name }))];
    })
    .post((uri) => /\/issues\/\d+\/labels$/.test(uri))
    .reply((uri, body) => {
      const issue = fake.issues.get(issueNo(uri))!;
      issue.labels = [...new Set([...issue.labels, ...(body as { labels: string[] }).labels])];
      return [200, issue.labels.map((name) => ({ name }))];
    })
    .delete((uri) => /\/issues\/\d+\/labels\/.+$/.test(uri))
    .reply((uri) => {
      const issue = fake.issues.get(issueNo(uri))!;
      const name = decodeURIComponent(uri.split("/labels/")[1]!);
      issue.labels = issue.labels.filter((l) => l !== name);
      return [200, issue.labels.map((n) => ({ name: n }))];
    })
    .get((uri) => /\/issues\/\d+\/comments/.test(uri) && uri.startsWith(`${base}/issues/`))
    .reply((uri) => {
      const q = query(uri);
      const page = Number(q.get("page") ?? 1);
      const per = Number(q.get("per_page") ?? 30);
      const rows = fake.comments.filter((c) => c.issue === issueNo(uri)).slice((page - 1) * per, page * per);
      return [200, rows.map((c) => ({ id: c.id, body: c.body }))];
    })
    .post((uri) => /\/issues\/\d+\/comments$/.test(uri))
    .reply((uri, body) => {
      const comment = {
        id: 9000 + fake.comments.length,
        issue: issueNo(uri),
        body: (body as { body: string }).body,
        edits: 0,
      };
      fake.comments.push(comment);
      return [201, { id: comment.id, body: comment.body }];
    })
    .patch((uri) => uri.startsWith(`${base}/issues/comments/`))
    .reply((uri, body) => {
      const id = Number(uri.split("/").at(-1));
      const comment = fake.comments.find((c) => c.id === id);
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = (body as { body: string }).body;
      comment.edits += 1;
      return [200, { id, body: comment.body }];
    })
    .post((uri) => /\/issues\/comments\/\d+\/reactions$/.test(uri))
    .reply((uri, body) => {
      const commentId = Number(uri.split("/").at(-2));
      fake.reactions.push({ commentId, content: (body as { content: string }).content });
      return [201, { id: 1, content: (body as { content: string }).content }];
    });
  return fake;
}
