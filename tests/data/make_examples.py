"""Write corpus/ketamine-vs-ssris.questions.jsonl from the labelled question sets (in-scope questions only).

Run from the project folder: python tests/data/make_examples.py [more_questions.jsonl ...]
Each example keeps the name of the set it came from, so `eval` can leave a set's own examples out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
SETS = ["seed", "calibration", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
        "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
        "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
        "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28",
        "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34",
        "holdout35", "holdout36", "holdout37", "holdout38", "holdout39",
        "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47",
        "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54",
        "holdout55", "holdout56", "holdout57", "holdout58", "holdout59",
        "holdout60", "holdout61", "holdout62", "holdout63", "holdout64"]
TARGET = HERE.parent.parent / "corpus" / "ketamine-vs-ssris.questions.jsonl"
ARTICLE = "ketamine-vs-ssris.txt"


def main(extra: list[str]) -> None:
    seen: set[str] = set()
    lines = []
    general = _too_general()
    for path in [HERE / f"{name}_questions.jsonl" for name in SETS] + [Path(p) for p in extra]:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            key = " ".join(item.get("question", "").casefold().split())
            if item.get("expect_any") and key not in seen and not general(item["question"]):
                seen.add(key)
                lines.append(json.dumps({"question": item["question"], "quote": item["expect_any"],
                                         "source": path.name}, ensure_ascii=False))
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} example questions written to {TARGET}")


def _too_general():
    """The build's own test (examples.too_general): "ketamine" or "SSRIs" alone cannot name one passage."""
    sys.path.insert(0, str(HERE.parent.parent))
    from assistant.chunking import chunk_article
    from assistant.config import Settings
    from assistant.corpus import load_corpus
    from assistant.examples import Example, passage_texts, too_general

    article = next(a for a in load_corpus(TARGET.parent).articles if a.id == ARTICLE)
    texts = passage_texts(chunk_article(article, max_chars=Settings().chunk_max_chars))
    return lambda question: too_general(Example(question, (), ARTICLE), texts)


if __name__ == "__main__":
    main(sys.argv[1:])
