"""Plain frozen data passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Block:
    """One structural piece of an article: a heading, a paragraph or a list item."""

    kind: str  # "heading" | "paragraph" | "item"
    start: int  # character offsets into Article.text
    end: int
    level: int = 0  # heading depth (1 = top); 0 for other kinds


@dataclass(frozen=True, slots=True)
class Article:
    """One corpus file, with its metadata and structure."""

    id: str  # corpus-relative POSIX path, e.g. "ketamine-vs-ssris.txt"
    title: str
    text: str  # the text every offset refers to
    blocks: tuple[Block, ...]
    content_hash: str  # sha256 of the file's bytes
    date: str = ""
    url: str = ""
    category: str = ""
    reviewed_on: str = ""
    reviewed_by: str = ""


@dataclass(frozen=True, slots=True)
class Chunk:
    """A passage of one article: verbatim text plus where it came from."""

    article_id: str
    ordinal: int
    title: str
    section: str  # section path, e.g. "How Ketamine Differs from SSRIs > 1. Faster Onset of Action"
    text: str  # verbatim Article.text[start:end]
    start: int
    end: int
    date: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.article_id}#{self.ordinal}"

    @property
    def embed_text(self) -> str:
        """What the embedding model sees: the section path gives the passage its context."""
        return f"{self.section}.\n{self.text}"

    @property
    def keyword_text(self) -> str:
        """What BM25 indexes: title and section words count as the passage's words too."""
        return f"{self.title}. {self.section}.\n{self.text}"

    @property
    def label(self) -> str:
        """The heading the passage sits under (the title for an introduction); embedded on its own."""
        leaf = self.section.split(" > ")[-1]
        return self.title if leaf == "Introduction" else leaf


@dataclass(frozen=True, slots=True)
class Hit:
    """A chunk found for a question, with its fused score and its parts."""

    chunk: Chunk
    score: float  # calibrated relevance, higher is better
    dense: float = 0.0  # cosine similarity
    keyword: float = 0.0  # normalised BM25
    late: float = 0.0  # late-interaction score from the second stage (rerank.py); 0 before it


@dataclass(frozen=True, slots=True)
class Passage:
    """The part of a hit that is quoted: whole sentences, verbatim."""

    chunk: Chunk
    text: str  # verbatim article text, whitespace collapsed
    start: int
    end: int
    score: float
    highlights: tuple[tuple[int, int], ...] = ()  # spans within `text` to show in bold
    breaks: tuple[int, ...] = ()  # positions in `text` where the article starts a new line


@dataclass(frozen=True, slots=True)
class SafetyDecision:
    """What the safety screen decided about one message, before any retrieval."""

    route: str  # "crisis" | "emergency" | "medical_advice" | "stop_medication" | "abuse" | "retrieve"
    signals: tuple[str, ...] = ()  # matched signal families, e.g. ("explicit_ideation", "imminence")
    language: str = "en"
    imminent: bool = False  # time, plan, place or preparatory act; also harm to others
    third_party: bool = False
    mentions_suicide: bool = False  # informational mention: forces the crisis line in the footer


@dataclass(frozen=True, slots=True)
class Answer:
    """Everything one reply consists of; `reply` is the Markdown shown in the chat."""

    question: str
    route: str  # SafetyDecision.route, or "answer" / "no_answer" after retrieval
    reply: str
    disclaimer: str
    passages: tuple[Passage, ...] = ()
    suggestions: tuple[str, ...] = ()
    build_id: str = ""
    decision: SafetyDecision = field(default_factory=lambda: SafetyDecision("retrieve"))


@dataclass(frozen=True, slots=True)
class Skipped:
    """A corpus file that was not indexed, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class CorpusScan:
    """The readable articles of a corpus folder and the files that were skipped."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
