import logging
import os

import lightgbm as lgb

log = logging.getLogger("ranker.model")


def load() -> lgb.Booster:
    path = os.environ["MODEL_PATH"]
    booster = lgb.Booster(model_file=path)
    log.info("model loaded path=%s trees=%d", path, booster.num_trees())
    return booster
