import type { CitedLine, Resolution } from "./resolution.js";
import { patchedLine, type RepoFile } from "./resolve-build-files.js";

export interface ImageTagLookup {
  kind: "image-tag-missing";
  repository: string;
  tag: string;
}

/** containerd (via the kubelet) and Docker's words for a reference the registry does not have. */
const NOT_FOUND = [
  /failed to resolve reference "([^"@\s]+)": [^\n]*?not found/,
  /manifest for ([^\s@]+) not found: manifest unknown/,
  /Failed to pull image "([^"@\s]+)": [^\n]*?(?:not found|manifest unknown)/,
];

export function imageTagLookup(evidence: string): ImageTagLookup | undefined {
  for (const re of NOT_FOUND) {
    const ref = re.exec(evidence)?.[1];
    const at = ref?.lastIndexOf(":") ?? -1;
    if (!ref || at < 0 || ref.slice(at).includes("/")) continue;
    return { kind: "image-tag-missing", repository: ref.slice(0, at), tag: ref.slice(at + 1) };
  }
  return undefined;
}

/** Files that say which version a release builds: version files, changelogs, CI workflows. */
export const RELEASE_FILE =
  /(^|\/)(VERSION|version\.txt|package\.json|Chart\.yaml|CHANGELOG\.md|\.gitlab-ci\.ya?ml)$|(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const VERSION = /^v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;

function lines(f: RepoFile): CitedLine[] {
  return f.content.split("\n").map((text, i) => ({ file: f.path, line: i + 1, text }));
}

/** Where the missing tag is set: a Kustomize newTag, a manifest or compose `image: repo:tag`, a Helm `tag:`. */
function tagSettings(lookup: ImageTagLookup, files: readonly RepoFile[]): CitedLine[] {
  const tag = literal(lookup.tag);
  const image = new RegExp(`^\\s*-?\\s*image:\\s*["']?${literal(lookup.repository)}:${tag}["']?\\s*$`);
  const newTag = new RegExp(`^\\s*(?:newTag|tag):\\s*["']?${tag}["']?\\s*$`);
  return files
    .filter((f) => /\.ya?ml$/.test(f.path) && !RELEASE_FILE.test(f.path))
    .flatMap((f) => lines(f).filter((l) => image.test(l.text) || newTag.test(l.text)));
}

/** The version a release file states, with its line. */
function versions(files: readonly RepoFile[]): (CitedLine & { version: string })[] {
  return files.flatMap((f) => {
    const name = f.path.split("/").pop() ?? "";
    const found = lines(f).flatMap((l) => {
      const m =
        name === "VERSION" || name === "version.txt"
          ? /^\s*(v?\d+\.\d+\.\d+[\w.+-]*)\s*$/.exec(l.text)
          : name === "package.json"
            ? /^\s*"version":\s*"([^"]+)"/.exec(l.text)
            : name === "Chart.yaml"
              ? /^appVersion:\s*["']?([^"'\s]+)/.exec(l.text)
              : name === "CHANGELOG.md"
                ? /^##\s*\[?(v?\d+\.\d+\.\d+[\w.+-]*)\]?\s*(?:-|\(|$)/.exec(l.text)
                : null;
      return m?.[1] && VERSION.test(m[1]) ? [{ ...l, version: m[1] }] : [];
    });
    // A changelog's first release heading is the latest; an Unreleased section has no version.
    return name === "CHANGELOG.md" ? found.slice(0, 1) : found;
  });
}

/** How CI tags this image: the literal text around the expression after `repository:` in a workflow. */
function tagTemplates(
  lookup: ImageTagLookup,
  files: readonly RepoFile[],
): (CitedLine & { prefix: string; suffix: string })[] {
  const re = new RegExp(`${literal(lookup.repository)}:([\\w.-]*)\\$\\{\\{?[^}]+\\}\\}?([\\w.-]*)`);
  return files
    .filter((f) => /(^|\/)\.github\/workflows\/|\.gitlab-ci\.ya?ml$/.test(f.path))
    .flatMap((f) =>
      lines(f).flatMap((l) => {
        const m = re.exec(l.text);
        return m ? [{ ...l, prefix: m[1] ?? "", suffix: m[2] ?? "" }] : [];
      }),
    );
}

/**
 * The same release written as another file deploys it (`2.14.0` in one overlay, `v2.14.0` in the failing one):
 * other Kustomize entries for this image, or `image: repo:tag` lines. Only the same version counts; another
 * environment's older or newer tag is a rollout decision, not evidence of a typo.
 */
function sameReleaseElsewhere(lookup: ImageTagLookup, files: readonly RepoFile[], cause: CitedLine) {
  const bare = lookup.tag.replace(/^v/, "");
  return files
    .filter((f) => /\.ya?ml$/.test(f.path) && !RELEASE_FILE.test(f.path))
    .flatMap((f) => {
      let entry = "";
      return lines(f).flatMap((l) => {
        const name = /^\s*-?\s*(?:name|newName):\s*["']?([^\s"']+)/.exec(l.text)?.[1];
        if (name && /^\s*-\s/.test(l.text)) entry = name;
        else if (name && /newName/.test(l.text)) entry = name;
        const tag =
          (entry === lookup.repository ? /^\s*newTag:\s*["']?([^\s"']+)/.exec(l.text)?.[1] : undefined) ??
          new RegExp(`^\\s*-?\\s*image:\\s*["']?${literal(lookup.repository)}:([^\\s"']+)`).exec(l.text)?.[1];
        const same = tag && tag !== lookup.tag && tag.replace(/^v/, "") === bare;
        return same && !(l.file === cause.file && l.line === cause.line) ? [{ tag, at: [l] }] : [];
      });
    });
}

/**
 * An image tag the registry does not have, set in one place, while the repository says which tag a release
 * pushes: CI tags the image from a version file (its template applied: `v` or not), the changelog's latest
 * release heading, or another overlay deploying the same version under its real tag. Proposed only when
 * exactly one tag other than the missing one is justified; no release evidence, several candidates, or several places setting the tag: cited, nothing proposed. Never a tag the
 * repository does not show released (a `latest`, a guessed bump).
 */
export function resolveImageTag(lookup: ImageTagLookup, files: readonly RepoFile[]): Resolution | undefined {
  const settings = tagSettings(lookup, files);
  const setting = settings[0];
  if (!setting) return undefined;
  const stated = versions(files);
  const templates = tagTemplates(lookup, files);
  const fromCi = templates.flatMap((t) =>
    stated
      .filter((v) => !v.file.endsWith("CHANGELOG.md"))
      .map((v) => ({
        tag: `${t.prefix}${v.version.replace(t.prefix ? /^v/ : /$^/, "")}${t.suffix}`,
        at: [t, v],
      })),
  );
  const fromChangelog = stated
    .filter((v) => v.file.endsWith("CHANGELOG.md"))
    .map((v) => ({
      tag: templates[0]
        ? `${templates[0].prefix}${v.version.replace(/^v/, "")}${templates[0].suffix}`
        : v.version,
      at: [v],
    }));
  const elsewhere = sameReleaseElsewhere(lookup, files, setting);
  const options = [...fromCi, ...fromChangelog, ...elsewhere].filter((o) => o.tag !== lookup.tag);
  const tags = [...new Set(options.map((o) => o.tag))];
  const base = {
    kind: "image-tag-released" as const,
    subject: `${lookup.repository}:${lookup.tag}`,
    cause: setting,
    truth: options.flatMap((o) => o.at).map(({ file, line }) => ({ file, line })),
    candidates: tags,
  };
  const tag = tags[0];
  if (settings.length > 1)
    return {
      ...base,
      reason: `${settings.length} files set tag ${lookup.tag}; one change would not cover them`,
    };
  if (tags.length !== 1 || !tag)
    return {
      ...base,
      reason:
        tags.length === 0
          ? "the repository does not say which tag was released; pick one the registry lists"
          : `the repository points at ${tags.join(", ")}; which one was released is a person's call`,
    };
  return {
    ...base,
    reason: `the registry has no ${lookup.tag}; the release ${options[0]?.at.map((l) => `${l.file}:${l.line}`).join(" + ")} pushes ${tag}`,
    change: {
      ...setting,
      before: setting.text,
      after: setting.text.replace(new RegExp(`([:\\s"'])${literal(lookup.tag)}(["']?\\s*)$`), `$1${tag}$2`),
      summary: `image tag ${lookup.tag} → ${tag}`,
    },
  };
}

/** The patched line sets the released tag and no longer the missing one. */
export function imageTagHolds(
  resolution: Resolution,
  patched: readonly RepoFile[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  const text = patchedLine(resolution, patched);
  const missing = resolution.subject.slice(resolution.subject.lastIndexOf(":") + 1);
  const set = resolution.candidates.find((t) => new RegExp(`[:\\s"']${literal(t)}["']?\\s*$`).test(text));
  return set && !new RegExp(`[:\\s"']${literal(missing)}["']?\\s*$`).test(text)
    ? { ok: true, detail: `${change?.file}:${change?.line} now sets ${set}, the tag the release pushes` }
    : {
        ok: false,
        detail: `${change?.file}:${change?.line} still sets a tag the repository does not show released`,
      };
}
