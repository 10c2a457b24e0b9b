import { addEnv, child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Inventory } from "./types.js";

/** `"8080:80"`, `"127.0.0.1:5432:5432/tcp"`, `80`: the host side (when published) and the container side. */
export function portMapping(text: string): { host?: number; container: number } | undefined {
  const parts = text.replace(/\/(tcp|udp)$/, "").split(":");
  const container = Number(parts.at(-1));
  if (!Number.isInteger(container)) return undefined;
  const host = parts.length >= 2 ? Number(parts.at(-2)) : undefined;
  return host !== undefined && Number.isInteger(host) ? { host, container } : { container };
}

/** docker-compose: services (name, image, ports), published host ports, environment and env_file. */
export function addCompose(inv: Inventory, file: string, content: string): void {
  for (const doc of yamlDocs(content)) {
    for (const svc of entries(child(doc.root, "services"))) {
      const ports: number[] = [];
      for (const p of [...items(child(svc.value, "ports")), ...items(child(svc.value, "expose"))]) {
        const text = scalar(p) ?? scalar(child(p, "target"));
        const mapped = text ? portMapping(text) : undefined;
        if (!mapped) continue;
        ports.push(mapped.container);
        const published = mapped.host ?? Number(scalar(child(p, "published")));
        if (Number.isInteger(published) && published > 0)
          inv.published.push({ service: svc.key, hostPort: published, file, line: doc.lineOf(p) });
      }
      const image = scalar(child(svc.value, "image"));
      inv.services.push({
        name: svc.key,
        source: "compose",
        ports,
        file,
        line: doc.lineOf(svc.keyNode),
        ...(image ? { image } : {}),
      });
      addEnv(inv, file, doc, child(svc.value, "environment"), "compose-env");
      const envFile = child(svc.value, "env_file");
      for (const ref of [envFile, ...items(envFile)]) {
        const path = scalar(ref) ?? scalar(child(ref, "path"));
        if (path) inv.fileRefs.push({ path, optional: false, file, line: doc.lineOf(ref) });
      }
    }
  }
}
