"""Drain3 fed the lines of one log, printing each line's cluster id: the baseline of `logs templates --format ids`.

Drain3 (pypi drain3 0.9.11, IBM's public template miner) is installed outside this repository, in its own
virtual environment; bench/logs-drain3.ts runs this script with that environment's python. Default
configuration (no masking), as a user who installs it gets it; the file is read line by line, as Drain3's
own examples do. Usage: python logs-drain3-baseline.py FILE > ids
"""

import sys

from drain3 import TemplateMiner


def main() -> None:
    miner = TemplateMiner()
    out = []
    with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
        for line in log:
            line = line.rstrip("\r\n")
            if not line:
                out.append("-")
                continue
            out.append(str(miner.add_log_message(line)["cluster_id"]))
    sys.stdout.write("\n".join(out))
    sys.stdout.write("\n")
    sys.stderr.write(f"{len(miner.drain.clusters)} clusters\n")


main()
