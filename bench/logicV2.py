"""Scores evaluation pairs (JSON on stdin) with nomenklatura's logic-v2; prints a JSON list of scores.
Each pair: {query, record, aliases, birthDate}; the row becomes a Person query, the record a Person."""
import json
import sys

from followthemoney import model
from nomenklatura.matching import get_algorithm

try:
    from nomenklatura.matching.types import ScoringConfig
    CONFIG = ScoringConfig.defaults()
except ImportError:  # older releases took plain weights
    CONFIG = None


def entity(eid, props):
    data = {"id": eid, "schema": "Person", "properties": props}
    try:
        from followthemoney import StatementEntity, Dataset  # followthemoney 4 takes a dataset first
        return StatementEntity.from_data(Dataset.make({"name": "eval", "title": "eval"}), data)
    except ImportError:
        from nomenklatura.entity import CompositeEntity
        return CompositeEntity.from_data(model, data)


def main():
    pairs = json.load(sys.stdin)
    algo = get_algorithm("logic-v2")
    scores = []
    for i, p in enumerate(pairs):
        query = entity(f"q{i}", {"name": [p["query"]], "birthDate": [p["birthDate"]]})
        record = entity(f"r{i}", {"name": [p["record"]], "alias": p["aliases"], "birthDate": [p["birthDate"]]})
        result = algo.compare(query, record, CONFIG) if CONFIG is not None else algo.compare(query, record)
        scores.append(round(float(result.score), 3))
    json.dump(scores, sys.stdout)


if __name__ == "__main__":
    main()
