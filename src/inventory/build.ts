import { addAppConfig, isAppConfig } from "./app-config.js";
import { addCompose } from "./compose.js";
import { addKubernetes } from "./kubernetes.js";
import { addDockerfile, addEnvFile, addSystemdUnit } from "./plain-files.js";
import { emptyInventory, type Inventory } from "./types.js";

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
const ENV_FILE = /(^|\/)(\.env(\.[\w-]+)?|[\w.-]+\.env)$/;
/** Templates committed for people to copy: nothing runs with their values, so they are not deploy facts. */
const ENV_TEMPLATE = /(^|\/)\.env\.(example|sample|template|dist)$|[.-](example|sample|template)\.env$/;
const SYSTEMD = /\.(service|socket|timer)$/;
const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
const YAML = /\.ya?ml$/;

/** Deploy files the inventory reads: the Detective plans read_file calls for these (and only these). */
export function isDeployFile(path: string): boolean {
  return (
    COMPOSE.test(path) ||
    (ENV_FILE.test(path) && !ENV_TEMPLATE.test(path)) ||
    SYSTEMD.test(path) ||
    DOCKERFILE.test(path) ||
    isAppConfig(path) ||
    (YAML.test(path) && !/(^|\/)\.github\//.test(path))
  );
}

/**
 * The inventory of what the given files say, built only from content already read (through the guarded
 * read_file tool): nothing here touches the file system or executes anything.
 */
export function buildInventory(files: readonly { path: string; content: string }[]): Inventory {
  const inv = emptyInventory();
  for (const { path, content } of files) {
    inv.files.push(path);
    if (COMPOSE.test(path)) addCompose(inv, path, content);
    else if (ENV_FILE.test(path)) addEnvFile(inv, path, content);
    else if (SYSTEMD.test(path)) addSystemdUnit(inv, path, content);
    else if (DOCKERFILE.test(path)) addDockerfile(inv, path, content);
    else if (YAML.test(path)) addKubernetes(inv, path, content);
    else if (isAppConfig(path)) addAppConfig(inv, path, content);
  }
  return inv;
}

/** Deploy files first, by how likely they hold the truth: compose and manifests before generic YAML. */
export function deployFilesToRead(repoFiles: readonly string[], max: number): string[] {
  const rank = (f: string): number =>
    COMPOSE.test(f) ? 0 : ENV_FILE.test(f) || SYSTEMD.test(f) ? 1 : DOCKERFILE.test(f) ? 3 : 2;
  return repoFiles
    .filter(isDeployFile)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, max);
}
