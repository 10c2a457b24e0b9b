import { readFileSync } from "node:fs";

// The catalogue snapshot is loaded once per process; during sales it holds every promotion variant.
const catalogue = JSON.parse(readFileSync(process.env.CATALOGUE_PATH ?? "/data/catalogue.json", "utf8"));

export function priceCart(cart) {
  const lines = (cart.items ?? []).map((item) => {
    const product = catalogue.products[item.sku];
    const promo = catalogue.promotions.find((p) => p.skus.includes(item.sku));
    const unit = promo ? product.price * (1 - promo.discount) : product.price;
    return { sku: item.sku, quantity: item.quantity, total: unit * item.quantity };
  });
  return { lines, total: lines.reduce((sum, line) => sum + line.total, 0) };
}
