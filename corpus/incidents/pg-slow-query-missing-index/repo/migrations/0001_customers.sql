CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  tier text NOT NULL DEFAULT 'standard',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_email_key ON customers (email);
