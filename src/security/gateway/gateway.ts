import type { Gateway } from "../contracts.js";
import { screenText } from "./input-filter.js";
import { redactSecrets } from "./secret-patterns.js";

export interface GatewayOptions {
  /** Called for every flag raised, so the caller can audit it. */
  onFlag?: (event: { source: string; flags: string[] }) => void;
}

/**
 * The AI gateway: the input filter on everything going to a model, the output filter on everything coming
 * out of one (and everything posted or stored).
 */
export function createGateway(options: GatewayOptions = {}): Gateway & {
  wrapUntrusted(text: string, source: string): { text: string; flags: string[] };
  /** For what is posted or stored: the synchronous filter plus secretlint's maintained preset. */
  redactForPosting(text: string): Promise<string>;
} {
  function screenInput(text: string, source: string) {
    const result = screenText(text);
    if (result.flags.length > 0) options.onFlag?.({ source, flags: result.flags });
    return result;
  }
  return {
    screenInput,
    redactOutput: (text) => redactSecrets(text).text,
    // secretlint loads its rule set on import: only pay for it when something is posted or stored.
    redactForPosting: async (text) =>
      (await (await import("./secretlint-pass.js")).redactForPosting(text)).text,
    wrapUntrusted(text, source) {
      const screened = screenInput(text, source);
      return { text: wrapAsData(screened.text, source), flags: screened.flags };
    },
  };
}

/**
 * Untrusted content always travels as data in its own envelope, never spliced into instructions. The source
 * label is reduced to safe characters, and a forged closing tag was already defanged by the input filter.
 */
export function wrapAsData(text: string, source: string): string {
  const label = source.replace(/[^\w./:@-]/g, "_").slice(0, 200);
  return `<untrusted-data source="${label}">\n${text}\n</untrusted-data>`;
}
