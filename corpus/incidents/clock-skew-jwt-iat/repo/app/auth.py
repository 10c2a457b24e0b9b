import jwt
from django.conf import settings


def decode(token: str) -> dict:
    return jwt.decode(
        token,
        settings.JWT_PUBLIC_KEY,
        algorithms=["RS256"],
        audience="orders-api",
    )
