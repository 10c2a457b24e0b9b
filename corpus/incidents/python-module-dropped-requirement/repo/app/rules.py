from pathlib import Path

import yaml

RULES_FILE = Path("/etc/pricing/rules.yaml")


def load_rules() -> dict:
    return yaml.safe_load(RULES_FILE.read_text())
