/**
 * Turns a logs.yaml spec into log files, deterministically: the same spec always yields the same bytes, so the
 * lines an incident's expected.json cites stay put. Signal text is a template; {{name}} and {{name:args}} are
 * filled per line (see corpus/README.md for the list).
 */
import { clf, int, iso, klog, mix, type Rng, seeded, sqlTime, syslog } from "../../examples/noise.js";
import { noiseFrom } from "./noise.js";
import type { LogFileSpec } from "./schema.js";

export interface GeneratedLog {
  text: string;
  /** 1-based numbers of the lines that came from signals (not noise). */
  signalLines: Set<number>;
  /** Which rendered signal event each signal line belongs to (a multi-line record is one event). */
  blocks: Map<number, number>;
}

const hex = (rng: Rng, n: number): string =>
  Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(rng() * 16)]).join("");

function fill(template: string, t: Date, rng: Rng, index: number, repeat: number): string {
  return template.replace(/\{\{(\w+)(?::([^}]*))?\}\}/g, (_m, name: string, arg?: string) => {
    const args = (arg ?? "").split(":");
    switch (name) {
      case "iso":
        return iso(t);
      case "clf":
        return clf(t);
      case "syslog":
        return syslog(t);
      case "sql":
        return sqlTime(t);
      case "klog":
        return klog(t, arg || "I");
      case "golog":
        // Go's standard log package: 2006/01/02 15:04:05
        return iso(t).slice(0, 19).replace("T", " ").replace(/-/g, "/");
      case "epoch":
        return (t.getTime() / 1000).toFixed(3);
      case "i":
        return String(index + 1);
      case "int":
        return String(int(rng, Number(args[0]), Number(args[1])));
      case "hex":
        return hex(rng, Number(arg));
      case "pick":
        return (arg ?? "").split("|")[Math.floor(rng() * (arg ?? "").split("|").length)] ?? "";
      case "lin": {
        // A value that moves steadily across the repeats: growth, lag, latency creeping up.
        const [from, to] = [Number(args[0]), Number(args[1])];
        return String(Math.round(from + ((to - from) * index) / Math.max(1, repeat - 1)));
      }
      default:
        throw new Error(`unknown placeholder {{${name}}}`);
    }
  });
}

function frame(spec: LogFileSpec, line: string, t: Date): string {
  switch (spec.wrap) {
    case "docker":
      return JSON.stringify({ log: `${line}\n`, stream: "stdout", time: iso(t).replace("Z", "123456Z") });
    case "cri":
      return `${iso(t).replace("Z", "123456Z")} stdout F ${line}`;
    case "journald":
      return JSON.stringify({
        __REALTIME_TIMESTAMP: String(t.getTime() * 1000),
        _HOSTNAME: "vm-app-1",
        _SYSTEMD_UNIT: spec.unit ?? "app.service",
        SYSLOG_IDENTIFIER: (spec.unit ?? "app.service").replace(/\.service$/, ""),
        PRIORITY: /error|fail|fatal/i.test(line) ? "3" : "6",
        MESSAGE: line,
      });
    default:
      return line;
  }
}

export function generateLog(spec: LogFileSpec): GeneratedLog {
  const rng = seeded(spec.seed);
  const noise = mix(
    ...spec.noise.map((n) => [n.weight, noiseFrom(n)] as [number, ReturnType<typeof noiseFrom>]),
  );
  const inserts = new Map<number, { text: string; index: number; repeat: number }[]>();
  for (const signal of spec.signals) {
    for (let k = 0; k < signal.repeat; k += 1) {
      const at = Math.min(spec.lines - 1, Math.floor(signal.at * spec.lines) + k * signal.every);
      inserts.set(at, [...(inserts.get(at) ?? []), { text: signal.text, index: k, repeat: signal.repeat }]);
    }
  }
  let t = Date.parse(spec.start);
  const out: string[] = [];
  const signalLines = new Set<number>();
  const blocks = new Map<number, number>();
  let block = 0;
  for (let i = 0; i < spec.lines; i += 1) {
    t += spec.gapMs * (0.5 + rng());
    const now = new Date(t);
    out.push(frame(spec, noise(rng, now), now));
    for (const insert of inserts.get(i) ?? []) {
      const lines = fill(insert.text.replace(/\n+$/, ""), now, rng, insert.index, insert.repeat).split("\n");
      block += 1;
      for (const line of lines) {
        out.push(frame(spec, line, now));
        signalLines.add(out.length);
        blocks.set(out.length, block);
      }
    }
  }
  return { text: `${out.join("\n")}\n`, signalLines, blocks };
}
