import argparse

from app.db import run_migrations

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--apply", action="store_true")
    run_migrations(apply=parser.parse_args().apply)
