from fastapi import FastAPI

from app import health, quotes

app = FastAPI(title="quotes")
app.include_router(health.router)
app.include_router(quotes.router, prefix="/api")
