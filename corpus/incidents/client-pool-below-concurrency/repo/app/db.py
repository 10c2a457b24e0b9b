import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(
    os.environ["DATABASE_URL"],
    pool_size=5,
    max_overflow=0,
    pool_timeout=30,
    pool_pre_ping=True,
)
Session = sessionmaker(bind=engine)
