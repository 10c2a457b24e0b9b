import config from "../config/production.json" with { type: "json" };

/** Charges go straight to the provider over TLS; its certificate is the provider's to renew. */
export async function charge(amountCents, token) {
  const response = await fetch(`${config.paygate.baseUrl}/charges`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ amount: amountCents, source: token }),
    signal: AbortSignal.timeout(config.paygate.timeoutMs),
  });
  if (!response.ok) throw new Error(`paygate answered ${response.status}`);
  return response.json();
}
