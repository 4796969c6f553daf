"""Split an Article into Chunks along its structure: sections, paragraphs, lists, sentences."""

from __future__ import annotations

import re

from .records import Article, Block, Chunk
from .tagging import tag_passage

CHUNKER_VERSION = "structure-5"  # recorded in the manifest: changing the chunker marks the index stale
INTRO = "Introduction"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•])")
_ABBREVIATION = re.compile(r"\b(dr|mr|mrs|ms|prof|vs|etc|e\.g|i\.e|no|fig|st|approx)\.$", re.I)


def chunk_article(article: Article, *, max_chars: int = 1200, min_chars: int = 200) -> list[Chunk]:
    """Group each section's blocks into passages: a list stays with its lead-in, short ones merge."""
    chunks: list[Chunk] = []
    for section, group in _sections(article):
        for start, end in _passages(article.text, group, max_chars, min_chars):
            text = article.text[start:end]
            chunks.append(Chunk(article.id, len(chunks), article.title, section, text, start, end,
                                article.date, article.url, tag_passage(text)))
    return chunks


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the sentences in text[start:end]; list items and lines without a stop count as one."""
    end = len(text) if end is None else end
    spans, begin = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text[max(begin, m.start() - 6) : m.end()]):
            continue
        spans.append((begin, m.end()))
        begin = _skip_space(text, m.end(), end)
    if begin < end and text[begin:end].strip():
        spans.append((begin, len(text[:end].rstrip())))
    # a paragraph gap always ends a sentence, so a list item never merges with prose
    return [piece for a, b in spans for piece in _split_lines(text, a, b)]


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, begin = [], start
    for m in re.finditer(r"\n[ \t]*\n", text[start:end]):
        pieces.append((begin, start + m.start()))
        begin = _skip_space(text, start + m.end(), end)
    pieces.append((begin, end))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _sections(article: Article) -> list[tuple[str, list[Block]]]:
    """Consecutive content blocks with the section path of the headings above them."""
    path: list[tuple[int, str]] = []
    groups: list[tuple[str, list[Block]]] = []
    for block in article.blocks:
        if block.kind == "heading":
            path = [(lvl, name) for lvl, name in path if lvl < block.level]
            path.append((block.level, article.text[block.start : block.end].strip().rstrip(":").strip()))
            continue
        section = " > ".join(name for _, name in path) or INTRO
        if not groups or groups[-1][0] != section:
            groups.append((section, []))
        groups[-1][1].append(block)
    return groups


def _passages(text: str, blocks: list[Block], max_chars: int, min_chars: int) -> list[tuple[int, int]]:
    """Units (a paragraph, or a lead-in with its list); one under min_chars joins the one before it (up to
    max_chars), so a short follow-up keeps what it refers to; long ones are split."""
    spans: list[tuple[int, int]] = []
    for start, end in _units(text, blocks):
        if spans and (end - spans[-1][0] <= max_chars) and min(spans[-1][1] - spans[-1][0], end - start) < min_chars:
            spans[-1] = (spans[-1][0], end)
        elif end - start > max_chars:
            spans.extend(_split_long(text, start, end, max_chars))
        else:
            spans.append((start, end))
    return spans


def _units(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """A paragraph alone, or a paragraph ending in ':' together with the list items after it."""
    units: list[tuple[int, int]] = []
    for block in blocks:
        joins_list = block.kind == "item" and units and (
            text[units[-1][0] : units[-1][1]].rstrip().endswith(":") or _last_kind(blocks, block) == "item")
        if joins_list:
            units[-1] = (units[-1][0], block.end)
        else:
            units.append((block.start, block.end))
    return units


def _last_kind(blocks: list[Block], block: Block) -> str:
    index = blocks.index(block)
    return blocks[index - 1].kind if index else ""


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Split an over-long unit at sentence ends, never mid-sentence."""
    pieces: list[tuple[int, int]] = []
    for a, b in sentence_spans(text, start, end):
        if pieces and b - pieces[-1][0] <= max_chars:
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    return pieces
