import os

import requests

INVENTORY_URL = os.environ["INVENTORY_URL"]


def stock(sku: str) -> int:
    resp = requests.get(f"{INVENTORY_URL}/stock/{sku}", timeout=3)
    resp.raise_for_status()
    return resp.json()["available"]
