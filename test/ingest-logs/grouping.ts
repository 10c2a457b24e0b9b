import { groupingAccuracy } from "../../src/ingest/logs/grouping-accuracy.js";
import { createTemplateMiner } from "../../src/ingest/logs/template-miner.js";
import { LOGHUB_SYSTEMS, loadLoghub } from "./loghub.js";

export interface SystemScore {
  system: string;
  ga: number;
  templates: number;
  trueGroups: number;
}

/** Mines each raw Loghub file with one miner and the same settings, and scores it against its labels. */
export function scoreLoghub(): SystemScore[] {
  return LOGHUB_SYSTEMS.map((system) => {
    const sample = loadLoghub(system);
    const miner = createTemplateMiner();
    const groupIds = sample.lines.map((line) => miner.add(line));
    const predicted = groupIds.map((id) => miner.resolve(id));
    return {
      system,
      ga: groupingAccuracy(predicted, sample.eventIds),
      templates: miner.templates().length,
      trueGroups: new Set(sample.eventIds).size,
    };
  });
}
