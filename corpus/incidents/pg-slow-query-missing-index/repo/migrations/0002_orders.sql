CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  total_cents bigint NOT NULL
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
