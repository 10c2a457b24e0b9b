const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function loadOrder(id) {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [id]);
  return rows[0];
}

/** Guest orders have customer_id NULL, so `customer` is absent on them. */
async function placeOrder(cart) {
  const { rows } = await pool.query("SELECT place_order($1) AS order", [JSON.stringify(cart)]);
  return rows[0].order;
}

module.exports = { loadOrder, placeOrder };
