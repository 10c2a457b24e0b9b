import type { Inventory } from "./types.js";

function lines(content: string): string[] {
  return content.split("\n");
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v.replace(/\s+#.*$/, "");
}

/** `.env` and EnvironmentFile= files: `KEY=value`, optionally `export KEY=value`; comments skipped. */
export function addEnvFile(inv: Inventory, file: string, content: string): void {
  lines(content).forEach((text, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][\w.]*)\s*=(.*)$/.exec(text);
    if (m?.[1])
      inv.settings.push({ key: m[1], value: unquote(m[2] ?? ""), source: "env-file", file, line: i + 1 });
  });
}

/** systemd units: Environment= pairs and the EnvironmentFile= paths they need (`-` marks one optional). */
export function addSystemdUnit(inv: Inventory, file: string, content: string): void {
  lines(content).forEach((text, i) => {
    const envFile = /^\s*EnvironmentFile\s*=\s*(-?)(\S+)\s*$/.exec(text);
    if (envFile?.[2])
      inv.fileRefs.push({ path: envFile[2], optional: envFile[1] === "-", file, line: i + 1 });
    const env = /^\s*Environment\s*=\s*(.+)$/.exec(text);
    for (const pair of env?.[1]?.match(/"[^"]*"|\S+/g) ?? []) {
      const m = /^"?([A-Za-z_]\w*)=(.*?)"?$/.exec(pair);
      if (m?.[1]) inv.settings.push({ key: m[1], value: m[2] ?? "", source: "systemd", file, line: i + 1 });
    }
  });
}

/** Dockerfile ENV (both `ENV K=V` and the legacy `ENV K V`). */
export function addDockerfile(inv: Inventory, file: string, content: string): void {
  lines(content).forEach((text, i) => {
    const m = /^\s*ENV\s+(.+)$/i.exec(text);
    if (!m?.[1]) return;
    const legacy = /^([A-Za-z_]\w*)\s+([^=]+)$/.exec(m[1]);
    if (legacy?.[1]) {
      inv.settings.push({
        key: legacy[1],
        value: unquote(legacy[2] ?? ""),
        source: "dockerfile",
        file,
        line: i + 1,
      });
      return;
    }
    for (const pair of m[1].match(/[A-Za-z_]\w*=("[^"]*"|\S*)/g) ?? []) {
      const [key = "", ...rest] = pair.split("=");
      inv.settings.push({ key, value: unquote(rest.join("=")), source: "dockerfile", file, line: i + 1 });
    }
  });
}
