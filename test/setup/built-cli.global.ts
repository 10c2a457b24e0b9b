import { buildCli } from "../helpers/built-cli-bundle.js";

/**
 * Bundles the CLI from the current source once before any test file runs (a cache hit when the source has
 * not changed), so the end-to-end tests that spawn it never pay for bundling inside their own time limit.
 */
export default async function setup(): Promise<void> {
  await buildCli();
}
