/** Reserves stock for a new order, one SKU at a time in the order the cart lists them. */
export async function reserve(client, items) {
  await client.query("BEGIN");
  for (const item of items) {
    await client.query("UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2", [item.quantity, item.sku]);
  }
  await client.query("COMMIT");
}
