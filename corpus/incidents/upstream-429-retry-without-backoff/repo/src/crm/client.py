import logging

import httpx

log = logging.getLogger("sync.crm")
BASE = "https://api.crm-vendor.example/v3"


def push_contact(client: httpx.Client, contact: dict) -> dict:
    for attempt in range(10):
        resp = client.post(f"{BASE}/contacts", json=contact)
        if resp.status_code == 429 or resp.status_code >= 500:
            log.warning("crm push retry attempt=%d status=%d", attempt, resp.status_code)
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError("crm push failed after 10 attempts")
