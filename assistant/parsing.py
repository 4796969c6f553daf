"""Turn one file's text into an Article: metadata, and blocks (headings, paragraphs, list items)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from bs4 import BeautifulSoup

from .records import Block

_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(rf"^\s*{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\s*$", re.I)
_ISO_DATE_LINE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
# Scraped-blog chrome that must never be quoted: view counters, comment notices, bylines.
_NOISE_LINE = re.compile(
    r"^\s*(\d[\d,]*\s+views?|comments?\s+off(\s+on\b.*)?|\d+\s+comments?|written\s+by\b.{0,60}|"
    r"posted\s+(on|by)\b.{0,60}|share( this)?:?|tags?:.*|leave a (comment|reply))\s*$",
    re.I,
)
_CATEGORY_LINE = re.compile(r"^\s*(article\s+)?categor(y|ies)\s*:\s*(.*)$", re.I)
_BULLET = re.compile(r"^[ \t]*([•·▪●◦‣*+\-–—]|\d{1,2}[.)])[ \t]+\S")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}\.\s+\S")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_PARAGRAPH = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S(?:.*\S)?)*")
_HTML_BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre"]


@dataclass
class Parsed:
    """What a parser found; mutable while parsing, frozen into an Article by corpus.py."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def parse_text(text: str) -> Parsed:
    """Plain text (including scraped blog posts): short stand-alone lines become headings."""
    parsed = Parsed(text)
    paragraphs = _spans(text)
    in_header = True
    for start, end in paragraphs[: _strip_footer(text, paragraphs, parsed.meta)]:
        if in_header:
            start = _consume_header(text, start, end, parsed)
            in_header = start == end
            if in_header:
                continue
        parsed.blocks.extend(_classify_paragraph(text, start, end, markdown=False))
    return parsed


def _consume_header(text: str, start: int, end: int, parsed: Parsed) -> int:
    """Eat leading chrome lines of one paragraph; return where its body begins (end if none)."""
    for m in re.finditer(r"[^\n]+", text[start:end]):
        if not _take_header_line(m.group(0), parsed):
            return start + m.start()
    return end


def parse_markdown(text: str) -> Parsed:
    """Markdown with optional YAML front matter (title, date, url, reviewed_on, reviewed_by)."""
    parsed = Parsed(text)
    body_start = 0
    if match := _FRONT_MATTER.match(text):
        parsed.meta.update(_front_matter(match.group(1)))
        body_start = match.end()
    for start, end in _spans(text, body_start):
        parsed.blocks.extend(_classify_paragraph(text, start, end, markdown=True))
    first = parsed.blocks[0] if parsed.blocks else None
    if first and first.kind == "heading" and first.level == 1:  # the page title, not a section
        parsed.meta.setdefault("title", text[first.start : first.end])
        parsed.blocks.pop(0)
    return parsed


def parse_html(raw: str) -> Parsed:
    """HTML: visible text of headings, paragraphs and list items; scripts and styles dropped."""
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "footer", "form"]):
        tag.decompose()
    meta = {"title": soup.title.get_text(" ", strip=True) if soup.title else ""}
    for name in ("date", "url", "reviewed_on", "reviewed_by"):
        if (tag := soup.find("meta", attrs={"name": name})) and tag.get("content"):
            meta[name] = str(tag["content"])
    pieces: list[tuple[str, str, int]] = []
    for element in soup.find_all(_HTML_BLOCKS):
        if element.find_parent(_HTML_BLOCKS):
            continue  # nested block: its text is already inside the parent's
        words = " ".join(element.get_text(" ", strip=True).split())
        if words:
            kind = "heading" if element.name.startswith("h") else "item" if element.name == "li" else "paragraph"
            pieces.append((kind, words, int(element.name[1]) if kind == "heading" else 0))
    return _assemble(pieces, meta)


def _assemble(pieces: list[tuple[str, str, int]], meta: dict[str, str]) -> Parsed:
    """Join extracted blocks into one text, recording each block's offsets in it."""
    parsed, text = Parsed(""), []
    offset = 0
    for kind, words, level in pieces:
        parsed.blocks.append(Block(kind, offset, offset + len(words), level))
        text.append(words)
        offset += len(words) + 2
    parsed.text = "\n\n".join(text)
    if parsed.blocks and parsed.blocks[0].kind == "heading" and parsed.blocks[0].level == 1:
        meta["title"] = meta.get("title") or parsed.text[: parsed.blocks[0].end]
        parsed.blocks.pop(0)
    parsed.meta = {k: v for k, v in meta.items() if v}
    return parsed


def _spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Offsets of blank-line separated paragraphs, trimmed of surrounding white space."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start)]


def _classify_paragraph(text: str, start: int, end: int, *, markdown: bool) -> list[Block]:
    """One paragraph becomes a heading, a run of list items, or a paragraph block."""
    chunk = text[start:end]
    if markdown and (m := _MD_HEADING.match(chunk)) and "\n" not in chunk:
        return [Block("heading", start + m.start(2), start + m.end(2), len(m.group(1)))]
    lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+", chunk)]
    numbered_heading = not markdown and _NUMBERED_HEADING.match(chunk) and _is_heading(chunk)
    if all(_BULLET.match(text[a:b]) for a, b in lines) and not numbered_heading:
        return [_trimmed("item", text, a, b) for a, b in lines]
    if not markdown and _is_heading(chunk):
        return [Block("heading", start, end, 2 if _NUMBERED_HEADING.match(chunk) else 1)]
    return [Block("paragraph", start, end)]


def _trimmed(kind: str, text: str, start: int, end: int) -> Block:
    """A block without the leading indentation of its line."""
    while start < end and text[start] in " \t":
        start += 1
    return Block(kind, start, end)


def _is_heading(chunk: str) -> bool:
    """A short single line that does not end like a sentence; 'Conclusion:' counts too."""
    words = chunk.split()
    if "\n" in chunk or not words or len(chunk) > 90 or len(words) > 14:
        return False
    if chunk.endswith(":"):
        return len(words) <= 4
    return not chunk.endswith((".", "!", "?", ",", ";"))


def _is_title(line: str) -> bool:
    """A first line that stands alone: titles may be longer than headings and may be questions."""
    words = line.split()
    return "\n" not in line.strip() and 0 < len(words) <= 30 and len(line) <= 200 and not line.rstrip().endswith(
        (".", "!", ",", ";"))


def _take_header_line(line: str, parsed: Parsed) -> bool:
    """Consume blog chrome at the top of a plain-text article into metadata; True if consumed."""
    if _DATE_LINE.match(line) or _ISO_DATE_LINE.match(line):
        parsed.meta.setdefault("date", line.strip())
        return True
    if m := re.match(r"^\s*comments?\s+off\s+on\s+(.+)$", line, re.I):
        parsed.meta.setdefault("title", m.group(1).strip())
        return True
    if _NOISE_LINE.match(line):
        return True
    if "\n" not in line and line.strip() == parsed.meta.get("title"):
        return True
    if not parsed.blocks and "title" not in parsed.meta and _is_title(line):
        parsed.meta["title"] = line.strip()
        return True
    return False


def _strip_footer(text: str, lines: list[tuple[int, int]], meta: dict[str, str]) -> int:
    """Find an 'Article Categories:' footer; record the category; return where the body ends."""
    for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        chunk = text[lines[i][0] : lines[i][1]]
        if m := _CATEGORY_LINE.match(chunk.split("\n", 1)[0]):
            rest = [m.group(3).strip(), *chunk.split("\n")[1:]]
            if i + 1 < len(lines):
                rest.append(text[lines[i + 1][0] : lines[i + 1][1]])
            meta["category"] = ", ".join(part.strip() for part in rest if part.strip())
            return i
    return len(lines)


def _front_matter(block: str) -> dict[str, str]:
    """Front matter values as strings; a malformed block is ignored rather than fatal."""
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    keys = ("title", "date", "url", "reviewed_on", "reviewed_by", "category")
    return {k: str(data[k]).strip() for k in keys if data.get(k) not in (None, "")}
