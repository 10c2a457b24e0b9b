import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/ingest/logs/consolidate.js";
import { splitHeader } from "../../src/ingest/logs/header.js";
import { createTemplateMiner } from "../../src/ingest/logs/template-miner.js";
import { WILDCARD } from "../../src/ingest/logs/tokenize.js";

const W = WILDCARD;

function templatesOf(lines: string[]): string[] {
  const miner = createTemplateMiner();
  const ids = lines.map((line) => miner.add(line));
  const byId = new Map(miner.templates().map((t) => [t.id, t.template]));
  return ids.map((id) => byId.get(miner.resolve(id))!);
}

describe("header split", () => {
  it("keeps a message that is only a level word instead of leaving it empty", () => {
    const line = "2024-03-01 10:00:00 node-7 1 warning";
    const header = splitHeader(line, "2024-03-01 10:00:00".length, true);
    expect(line.slice(header.bodyStart)).toBe("warning");
    expect(header.level).toBe("WARN");
    const tail = "2024-03-01 10:00:00 1 Link error";
    expect(tail.slice(splitHeader(tail, 19, true).bodyStart)).toBe("Link error");
  });

  it("groups lines whose whole message is a different level word apart", () => {
    const lines = [0, 1, 2].flatMap((i) => [
      `2024-03-01 10:00:0${i} node-${i} 1 warning`,
      `2024-03-01 10:00:0${i} node-${i} 1 critical`,
      `2024-03-01 10:00:0${i} node-${i} 1 Link error`,
    ]);
    expect(new Set(templatesOf(lines)).size).toBe(3);
  });
});

describe("consolidate", () => {
  const group = (text: string, weight = 1) => ({ tokens: text.split(" "), weight });

  it("trusts the first word after a leading masked column to be constant", () => {
    const words = ["boot", "halt", "wait", "start", "stop"];
    const { templates, templateOf } = consolidate(words.map((w) => group(`${W} ${w} (command ${W})`, 3)));
    expect(new Set(templateOf).size).toBe(5);
    expect(templates.map((t) => t[1])).toEqual(expect.arrayContaining(words));
  });

  it("takes a column that differs only by true/false for a variable", () => {
    const { templateOf, templates } = consolidate([
      group("updateClipping isOverlap:false, top=<*>", 5),
      group("updateClipping isOverlap:true, top=<*>", 2),
    ]);
    expect(templateOf[0]).toBe(templateOf[1]);
    expect(templates[templateOf[0]!]!.join(" ")).toBe(`updateClipping ${W} top=<*>`);
  });

  it("takes a column that differs only by a dotted name for a variable, not by a dotted constant", () => {
    const apps = consolidate([
      group(`addNotification key=${W}|com.example.mail|${W}|null`, 3),
      group(`addNotification key=${W}|com.example.chat|${W}|null`, 2),
    ]);
    expect(apps.templateOf[0]).toBe(apps.templateOf[1]);
    const actions = consolidate([
      group("handleBroadcast action:android.intent.action.SCREEN_ON", 3),
      group("handleBroadcast action:android.intent.action.TIME_TICK", 9),
    ]);
    expect(actions.templateOf[0]).not.toBe(actions.templateOf[1]);
  });

  it("keeps a few states that each hold a large share apart, and takes uneven values for a variable", () => {
    const states = ["Started", "Paused", "Resumed", "Stopped"];
    const vm = consolidate(states.map((st, i) => group(`VM ${st} (Lifecycle Event)`, 20 + i * 10)));
    expect(new Set(vm.templateOf).size).toBe(4);
    const users = consolidate(
      ["cyrus", "news", "test", "root"].map((u, i) =>
        group(`session closed for user ${u}`, i === 0 ? 60 : 2),
      ),
    );
    expect(new Set(users.templateOf).size).toBe(1);
  });

  it("keeps two wordings that are not flag values apart", () => {
    const { templateOf } = consolidate([group("link state up now", 5), group("link state down now", 5)]);
    expect(templateOf[0]).not.toBe(templateOf[1]);
  });

  it("keeps masked values with different words apart, and an all-masked value with a worded one", () => {
    const login = consolidate([
      group(`session opened by (uid=${W})`, 50),
      group(`session opened by LOGIN(uid=${W})`),
    ]);
    expect(login.templateOf[0]).not.toBe(login.templateOf[1]);
    const ntp = consolidate([
      group(`synchronized to ${W}, stratum ${W}`, 50),
      group(`synchronized to LOCAL(${W}), stratum ${W}`),
    ]);
    expect(ntp.templateOf[0]).toBe(ntp.templateOf[1]);
  });

  it("joins a variable that took a word shared with other templates to its template", () => {
    const names = ["admin", "oracle", "test", "guest", "webmaster"];
    const groups = [
      ...names.map((n) => group(`Invalid user ${n} from ${W}`, 3)),
      group(`Invalid user user from ${W}`, 4),
      ...names.map((n) => group(`invalid user ${n} [preauth] ${W}`, 20)),
    ];
    const { templateOf } = consolidate(groups);
    const first = templateOf[0];
    for (let i = 0; i < 6; i++) expect(templateOf[i]).toBe(first);
  });
});

describe("consolidate on any input", () => {
  it("places every group in a template, also when joined patterns chain", () => {
    // Few words over few columns, weights varied: shared words at variable columns, patterns joining
    // patterns that join others in turn.
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    const vocabulary = ["user", "root", "as", "from", "a", "b"];
    for (let round = 0; round < 20; round++) {
      const groups = Array.from({ length: 150 }, () => ({
        tokens: Array.from({ length: 5 }, () => vocabulary[next() % vocabulary.length]!),
        weight: 1 + (next() % 9),
      }));
      const { templateOf, templates } = consolidate(groups);
      expect(templateOf.every((t) => t >= 0 && t < templates.length)).toBe(true);
    }
  });
});

describe("fields in messages", () => {
  const at = (i: number) => `2024-03-01 10:00:${String(i).padStart(2, "0")} app[${100 + i}]:`;

  it("keeps assignments to different keys apart, however few their values", () => {
    const lines = [0, 1, 2].flatMap((i) => [
      `${at(i)} getDataEnabled: subId=${i} phoneId=${i}`,
      `${at(i)} getDataEnabled: subId=${i} retVal=true`,
    ]);
    const templates = templatesOf(lines);
    expect(templates[0]).not.toBe(templates[1]);
    expect(new Set(templates).size).toBe(2);
  });

  it("keeps an empty field apart from a filled one: the field's absence is another message", () => {
    const remote = [1, 2, 3, 4, 5, 6].map(
      (i) => `${at(i)} auth failure; tty=ssh ruser= rhost=10.0.0.${i} user=x${i}`,
    );
    const local = `${at(9)} auth failure; tty=:0 ruser= rhost= user=x9`;
    const templates = templatesOf([...remote, local]);
    expect(new Set(templates.slice(0, 6)).size).toBe(1);
    expect(templates[6]).not.toBe(templates[0]);
    expect(templates[0]).toContain(`rhost=${W}`);
  });

  it("takes the values of a field that names a thing for one variable, even two of them", () => {
    const lines = [0, 1, 2, 3].flatMap((i) => [
      `${at(i)} acquire lock=${i * 7}, flags=0x1, name=android, uid=${1000 + i}`,
      `${at(i)} acquire lock=${i * 9}, flags=0x1, name=audioserver, uid=${1041 + i}`,
    ]);
    expect(new Set(templatesOf(lines)).size).toBe(1);
  });

  it("reads a field's quoted value with spaces as one value", () => {
    const tags = ["AudioMix", "RILJ_ACK_WL", "*launch*", "NetworkStats", "WifiScan", "AlarmManager"];
    const lines = tags.map((tag, i) => `${at(i)} acquire lock=${i * 3}, tag="${tag}", name=ui, uid=${i}`);
    lines.push(`${at(9)} acquire lock=99, tag="View Lock", name=ui, uid=9`);
    expect(new Set(templatesOf(lines)).size).toBe(1);
  });
});
