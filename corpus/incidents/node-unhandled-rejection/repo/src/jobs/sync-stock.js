import { fetchStock } from "../clients/warehouse.js";
import { saveStock } from "../db/stock.js";

export function startStockSync(intervalMs = 60_000) {
  setInterval(() => {
    // Fire and forget: each run is independent.
    syncOnce();
  }, intervalMs);
}

async function syncOnce() {
  const levels = await fetchStock();
  await saveStock(levels);
}
