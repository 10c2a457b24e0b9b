import { stringify } from "csv-stringify/sync";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

// Builds the whole CSV in memory before upload: fine for the monthly export, large for year-end ones.
export async function exportOrders(exportId) {
  const { rows } = await pool.query("SELECT * FROM orders WHERE export_id = $1", [exportId]);
  const csv = stringify(rows, { header: true });
  return { exportId, rows: rows.length, bytes: Buffer.byteLength(csv) };
}
