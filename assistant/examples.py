"""Example questions beside an article: a visitor's question close to one lifts the passage it names."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .keyword import STOPWORDS
from .quoting import collapse
from .records import Chunk, Hit, Skipped

SUFFIX = ".questions.jsonl"  # "ketamine-vs-ssris.questions.jsonl" belongs to "ketamine-vs-ssris.txt"
VECTORS, INDEX = "examples.npy", "examples.json"
# Tuned by leaving each question set out in turn (BENCHMARKS.md, "Example questions").
WEIGHT = 0.8  # added to a passage's score by an identical question naming one passage; less for a less close one
FLOOR = 0.7  # cosine below which an example says nothing about the visitor's question
NEIGHBOURS = 3  # only the closest few examples count


@dataclass(frozen=True, slots=True)
class Example:
    """One question an editor (or a labelled question set) says the article answers, and with which words."""

    question: str
    quotes: tuple[str, ...]  # words of the article, any one of which is in the answering passage
    article_id: str
    source: str = ""  # the question set it was copied from, so `eval` can leave that set's own examples out
    where: str = ""  # file:line, for messages


def is_examples_file(path: Path) -> bool:
    """Whether a corpus file holds example questions rather than an article."""
    return path.name.lower().endswith(SUFFIX)


@dataclass(frozen=True, slots=True)
class ExampleScan:
    """What read_examples found: usable examples, unusable lines or files, and each file's sha256 as read."""

    examples: tuple[Example, ...]
    skipped: tuple[Skipped, ...]
    hashes: dict[str, str]


def read_examples(files: Sequence[Path], corpus_dir: Path, article_ids: Collection[str]) -> ExampleScan:
    """Every usable example of the given files; unusable lines and files are reported, never fatal."""
    examples: list[Example] = []
    skipped: list[Skipped] = []
    hashes: dict[str, str] = {}
    for path in files:
        name = path.relative_to(corpus_dir).as_posix()
        try:
            raw = path.read_bytes()
            hashes[name] = hashlib.sha256(raw).hexdigest()
            lines = raw.decode("utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            skipped.append(Skipped(name, f"cannot be read as UTF-8 text ({type(exc).__name__})"))
            continue
        article = _article_for(name, article_ids)
        if article is None:
            skipped.append(Skipped(name, f"no article named {name[: -len(SUFFIX)]}.txt, .md or .html beside it"))
            continue
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    examples.append(_example(line, article, f"{name}:{number}"))
                except ValueError as exc:
                    skipped.append(Skipped(f"{name}:{number}", str(exc)))
    return ExampleScan(tuple(examples), tuple(skipped), hashes)


def _article_for(name: str, article_ids: Collection[str]) -> str | None:
    stem = name[: -len(SUFFIX)]
    return next((a for a in sorted(article_ids) if a.rsplit(".", 1)[0] == stem), None)


def _example(line: str, article_id: str, where: str) -> Example:
    try:
        data = json.loads(line)
    except ValueError:
        raise ValueError('not a JSON object; write {"question": "...", "quote": ["words of the article"]}') from None
    quotes = data.get("quote") if isinstance(data, dict) else None
    quotes = [quotes] if isinstance(quotes, str) else quotes
    if not isinstance(data, dict) or not str(data.get("question", "")).strip():
        raise ValueError('no "question"; write {"question": "...", "quote": ["words of the article"]}')
    if not quotes or not all(isinstance(q, str) and q.strip() for q in quotes):
        raise ValueError('no "quote": give the words of the article that answer the question')
    return Example(str(data["question"]).strip(), tuple(quotes), article_id, str(data.get("source", "")), where)


_TOO_GENERAL = ("too general: its words are in most passages of {}, so it cannot say which one answers; "
                "ask about something specific")


def too_general(example: Example, texts: Sequence[tuple[str, str, str]]) -> bool:
    """An example like "ketamine" or "SSRIs" (the article's subject) would lift one passage for every short question."""
    words = [w for w in re.findall(r"[a-z]+", example.question.casefold()) if w not in STOPWORDS]
    own = [text for article, text, _ in texts if article == example.article_id]
    return bool(words) and all(sum(w in text for text in own) * 2 >= len(own) for w in words)


def passage_texts(chunks: Sequence[Chunk]) -> list[tuple[str, str, str]]:
    """(article id, folded text, chunk id) per passage: what an example's quotes and words are looked up in."""
    return [(c.article_id, collapse(c.text).casefold(), c.id) for c in chunks]


def same_question(text: str) -> str:
    """A question folded for comparison: case, punctuation and spacing do not count."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


@dataclass(frozen=True)
class Examples:
    """The examples that name a passage of this build, with their question vectors (unit rows)."""

    questions: tuple[str, ...]
    sources: tuple[str, ...]
    targets: tuple[tuple[str, ...], ...]  # per example, the ids of the chunks holding one of its quotes
    vectors: np.ndarray

    @classmethod
    def build(cls, examples: Sequence[Example], chunks: Sequence[Chunk], vectors: np.ndarray) -> tuple[
            Examples, list[Skipped]]:
        """Tie each example to the chunks quoting it; an example whose words are gone is reported."""
        texts = passage_texts(chunks)
        keep, targets, skipped = [], [], []
        for row, example in enumerate(examples):
            if too_general(example, texts):
                skipped.append(Skipped(example.where or example.question, _TOO_GENERAL.format(example.article_id)))
                continue
            quotes = [collapse(q).casefold() for q in example.quotes]
            found = tuple(cid for article, text, cid in texts
                          if article == example.article_id and any(q in text for q in quotes))
            if found:
                keep.append(row)
                targets.append(found)
            else:
                skipped.append(Skipped(example.where or example.question, f"none of its quotes is in "
                                       f"{example.article_id} any more (was the article edited?); update or remove it"))
        return cls(tuple(examples[r].question for r in keep), tuple(examples[r].source for r in keep),
                   tuple(targets), np.ascontiguousarray(vectors[keep], dtype=np.float32)), skipped

    def without(self, sources: Collection[str], questions: Collection[str]) -> Examples:
        """A copy without the examples from these sources or asking one of these questions (for `eval`)."""
        folded = {same_question(q) for q in questions}
        keep = [i for i, (q, s) in enumerate(zip(self.questions, self.sources, strict=True))
                if s not in sources and same_question(q) not in folded]
        return Examples(tuple(self.questions[i] for i in keep), tuple(self.sources[i] for i in keep),
                        tuple(self.targets[i] for i in keep), self.vectors[keep])

    def boost(self, hits: list[Hit], query_vector: np.ndarray) -> list[Hit]:
        """The hits re-sorted after adding each one's lift from the closest examples that name it."""
        lift = self.lifts(query_vector)
        if not lift:
            return hits
        lifted = [replace(h, score=h.score + lift.get(h.chunk.id, 0.0)) for h in hits]
        return sorted(lifted, key=lambda h: -h.score)

    def lifts(self, query_vector: np.ndarray) -> dict[str, float]:
        """Chunk id -> lift: WEIGHT for an identical question, falling to 0 at the FLOOR cosine.

        An example that several passages answer says less about each: its lift is divided by the square root of
        their number, so "how do SSRIs work?" labelled with three passages does not lift all three as much as
        a close example naming one of them (BENCHMARKS.md, "Example questions").
        """
        if not len(self.questions):
            return {}
        sims = self.vectors @ query_vector
        lift: dict[str, float] = {}
        for row in np.argsort(-sims)[:NEIGHBOURS]:
            targets = self.targets[row]
            strength = WEIGHT * (float(sims[row]) - FLOOR) / (1 - FLOOR) / max(len(targets), 1) ** 0.5
            for chunk_id in targets if strength > 0 else ():
                lift[chunk_id] = max(lift.get(chunk_id, 0.0), strength)
        return lift

    def save(self, folder: Path) -> None:
        """examples.npy (plain float32, no pickle) and examples.json."""
        np.save(folder / VECTORS, self.vectors, allow_pickle=False)
        index = {"questions": list(self.questions), "sources": list(self.sources),
                 "targets": [list(t) for t in self.targets]}
        (folder / INDEX).write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, dim: int) -> Examples:
        """Read what save() wrote; a build made before example questions existed has none."""
        if not (folder / INDEX).is_file():
            return cls((), (), (), np.zeros((0, dim), dtype=np.float32))
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        return cls(tuple(index["questions"]), tuple(index["sources"]), tuple(tuple(t) for t in index["targets"]),
                   np.load(folder / VECTORS, allow_pickle=False))
