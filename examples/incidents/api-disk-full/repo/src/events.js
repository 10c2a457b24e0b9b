import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

// Every state change of an order is appended here; nothing prunes the table yet.
export async function recordOrderEvent(orderId, kind, payload) {
  await pool.query("INSERT INTO order_events (order_id, kind, payload) VALUES ($1, $2, $3)", [
    orderId,
    kind,
    JSON.stringify(payload),
  ]);
}
