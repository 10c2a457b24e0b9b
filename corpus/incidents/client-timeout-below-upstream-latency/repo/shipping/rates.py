import requests

from shipping import settings


def quote(parcel: dict) -> dict:
    resp = requests.post(
        f"{settings.CARRIER_API_URL}/quotes",
        json=parcel,
        timeout=(settings.CARRIER_CONNECT_TIMEOUT, settings.CARRIER_READ_TIMEOUT),
    )
    resp.raise_for_status()
    return resp.json()
