import { sql } from "../db.js";

export async function findByEmail(email: string) {
  const rows = await sql`SELECT id, email, name, tier FROM customers WHERE lower(email) = lower(${email})`;
  return rows[0] ?? null;
}
