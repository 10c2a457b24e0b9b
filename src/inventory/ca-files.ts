import { child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Located } from "./types.js";

/** A file read through the tools (resolve.ts's RepoRead, not imported: resolve.ts imports the resolvers). */
interface RepoRead {
  path: string;
  content: string;
}

/** A certificate file the container will have, and the deploy line that puts it there. */
export interface CaFile extends Located {
  path: string;
  /** Where the file's content is defined, when elsewhere (the ConfigMap key a mount projects). */
  source?: Located;
}

/** The variables TLS clients read a CA bundle from (OpenSSL/Go, requests, curl, Node, git, the AWS SDKs, pip). */
export const CA_VARS =
  /^(SSL_CERT_FILE|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NODE_EXTRA_CA_CERTS|GIT_SSL_CAINFO|AWS_CA_BUNDLE|PIP_CERT|GRPC_DEFAULT_SSL_ROOTS_FILE_PATH)$/;

const CERT_FILE = /\.(pem|crt|cer|bundle)$/i;
const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
const YAML = /\.ya?ml$/;

function join(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, "")}/${name}`;
}

function baseName(path: string): string {
  return path.split("/").pop() ?? path;
}

/** `COPY certs/corp.pem /etc/ssl/corp/` and `ADD ca.crt /usr/local/share/ca.crt`: where the image holds it. */
function dockerfileCerts(file: RepoRead): CaFile[] {
  return file.content.split("\n").flatMap((text, i) => {
    const m = /^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*(.+)$/i.exec(text);
    const args = m?.[1]?.replace(/^\[|\]$/g, "").match(/"[^"]+"|\S+/g) ?? [];
    const words = args.map((a) => a.replace(/^"|"?,?$/g, ""));
    const dest = words.pop();
    if (!dest) return [];
    return words
      .filter((src) => CERT_FILE.test(src))
      .map((src) => ({
        path: dest.endsWith("/") || words.length > 1 ? join(dest, baseName(src)) : dest,
        file: file.path,
        line: i + 1,
      }));
  });
}

/** The keys a ConfigMap or Secret defined in the repository holds, by "kind/name". */
function objectKeys(files: readonly RepoRead[]): Map<string, Key[]> {
  const keys = new Map<string, Key[]>();
  for (const f of files.filter((r) => YAML.test(r.path))) {
    for (const doc of yamlDocs(f.content)) {
      const kind = scalar(child(doc.root, "kind"));
      const name = scalar(child(child(doc.root, "metadata"), "name"));
      if ((kind !== "ConfigMap" && kind !== "Secret") || !name) continue;
      const held = ["data", "stringData", "binaryData"].flatMap((k) =>
        entries(child(doc.root, k)).map((e) => ({ name: e.key, file: f.path, line: doc.lineOf(e.keyNode) })),
      );
      keys.set(`${kind}/${name}`, held);
    }
  }
  return keys;
}

interface Key extends Located {
  name: string;
}

interface Volume {
  ref?: string;
  items: string[];
}

/** A pod spec's volumes: the object each mounts and the item paths it projects (when it lists them). */
function volumesOf(spec: unknown): Map<string, Volume> {
  const out = new Map<string, Volume>();
  for (const v of items(child(spec, "volumes"))) {
    const name = scalar(child(v, "name"));
    if (!name) continue;
    const cm = child(v, "configMap");
    const secret = child(v, "secret");
    const ref = cm
      ? `ConfigMap/${scalar(child(cm, "name")) ?? ""}`
      : secret
        ? `Secret/${scalar(child(secret, "secretName")) ?? ""}`
        : undefined;
    const listed = items(child(cm ?? secret, "items")).flatMap((it) => scalar(child(it, "path")) ?? []);
    out.set(name, { ...(ref ? { ref } : {}), items: listed });
  }
  return out;
}

/** Every pod spec in a document (Deployment, StatefulSet, Job, CronJob, Pod): maps holding `containers`. */
function podSpecs(node: unknown, depth = 0): unknown[] {
  if (depth > 8 || node === null || typeof node !== "object") return [];
  if (child(node, "containers")) return [node];
  return entries(node).flatMap((e) => podSpecs(e.value, depth + 1));
}

/** Files a pod's volume mounts put in its containers: a subPath mount is the file, else the mount dir + keys. */
function manifestCerts(file: RepoRead, keys: Map<string, Key[]>): CaFile[] {
  return yamlDocs(file.content).flatMap((doc) =>
    podSpecs(doc.root).flatMap((spec) => {
      const volumes = volumesOf(spec);
      return ["initContainers", "containers"].flatMap((k) =>
        items(child(spec, k)).flatMap((c) =>
          items(child(c, "volumeMounts")).flatMap((m) => {
            const at = scalar(child(m, "mountPath"));
            const vol = volumes.get(scalar(child(m, "name")) ?? "");
            if (!at || !vol) return [];
            const line = doc.lineOf(child(m, "mountPath"));
            const sub = scalar(child(m, "subPath"));
            const held = keys.get(vol.ref ?? "") ?? [];
            const names: { name: string; source?: Located }[] = sub
              ? [{ name: "" }]
              : vol.items.length > 0
                ? vol.items.map((name) => ({ name }))
                : held.map((k) => ({ name: k.name, source: { file: k.file, line: k.line } }));
            return names
              .map((n) => ({ path: sub ? at : join(at, n.name), source: n.source }))
              .filter((c) => CERT_FILE.test(c.path))
              .map((c) => ({
                path: c.path,
                file: file.path,
                line,
                ...(c.source ? { source: c.source } : {}),
              }));
          }),
        ),
      );
    }),
  );
}

/** Compose `volumes:` entries, short (`./ca.pem:/etc/ssl/ca.pem:ro`) or long (`target:`). */
function composeCerts(file: RepoRead): CaFile[] {
  return yamlDocs(file.content).flatMap((doc) =>
    entries(child(doc.root, "services")).flatMap((svc) =>
      items(child(svc.value, "volumes")).flatMap((v) => {
        const short = scalar(v)?.split(":")[1];
        const target = short ?? scalar(child(v, "target"));
        return target && CERT_FILE.test(target)
          ? [{ path: target, file: file.path, line: doc.lineOf(v) }]
          : [];
      }),
    ),
  );
}

/** Every certificate file the deploy files put into a container or image, with where each is put there. */
export function caFilesIn(files: readonly RepoRead[]): CaFile[] {
  const keys = objectKeys(files);
  return files.flatMap((f) => {
    if (DOCKERFILE.test(f.path)) return dockerfileCerts(f);
    if (!YAML.test(f.path)) return [];
    return child(yamlDocs(f.content)[0]?.root, "services") ? composeCerts(f) : manifestCerts(f, keys);
  });
}

/** The candidates for a missing bundle path: those with its file name, else every certificate file there is. */
export function bundleCandidates(missing: string, files: readonly CaFile[]): CaFile[] {
  const same = files.filter((f) => baseName(f.path) === baseName(missing) && f.path !== missing);
  return same.length > 0 ? same : files.filter((f) => f.path !== missing);
}
