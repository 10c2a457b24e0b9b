/** Releases stock of expired carts, one SKU at a time, most recently added first. */
export async function release(client, items) {
  await client.query("BEGIN");
  for (const item of [...items].reverse()) {
    await client.query("UPDATE inventory SET reserved = reserved - $1 WHERE sku = $2", [item.quantity, item.sku]);
  }
  await client.query("COMMIT");
}
