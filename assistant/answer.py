"""Compose the reply Markdown for every route; the disclaimer is appended here and only here."""

from __future__ import annotations

import re
from urllib.parse import quote as url_quote

from .records import Answer, Hit, Passage, SafetyDecision
from .safety_text import SafetyText

# Characters that would let article or visitor text turn into markup (links, HTML, emphasis).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>{}|~#])")
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>{}|~#])")


def escape(text: str) -> str:
    """Article or visitor text shown as text: Markdown and HTML characters are backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def unescape(text: str) -> str:
    """The inverse of escape(), for showing a visitor's own message back as they typed it."""
    return _ESCAPED.sub(r"\1", text.replace("&amp;", "&"))


def section_name(section: str) -> str:
    """The last heading of a section path, without its number: "1. Delayed Onset" -> "Delayed Onset"."""
    return section.split(" > ")[-1].lstrip("0123456789. ").strip()


def follow_up(section: str) -> str:
    """A question a visitor can ask next about a section (decline suggestions, example questions)."""
    return f"What does the article say about “{section_name(section)}”?"


def topic_list(titles: list[str], limit: int = 5) -> list[str]:
    """Article titles (the first few, then a count): what the assistant can talk about."""
    shown = [f"“{t}”" for t in titles[:limit]]
    return shown + ([f"and {len(titles) - limit} more articles"] if len(titles) > limit else [])


def follow_ups(hits: list[Hit]) -> tuple[str, ...]:
    """Follow-up questions about the 2-3 nearest distinct sections."""
    questions: list[str] = []
    for hit in hits:
        if hit.chunk.section != "Introduction" and follow_up(hit.chunk.section) not in questions:
            questions.append(follow_up(hit.chunk.section))
    return tuple(questions[:3])


class Composer:
    """Builds Answers; every public method returns a reply that ends with the disclaimer."""

    def __init__(self, text: SafetyText) -> None:
        self.text = text

    def finish(self, question: str, route: str, body: str, *, passages: tuple[Passage, ...] = (),
               suggestions: tuple[str, ...] = (), build_id: str = "", reminder: bool = False,
               decision: SafetyDecision | None = None) -> Answer:
        """The one place a reply is closed: optional reminder first, body, then the disclaimer."""
        disclaimer = self.text.disclaimer()
        parts = [self.text.reminder()] if reminder else []
        parts += [body.strip(), disclaimer]
        return Answer(question, route, "\n\n".join(p for p in parts if p), disclaimer, passages, suggestions,
                      build_id, decision or SafetyDecision("retrieve"))

    def quotes(self, passages: tuple[Passage, ...]) -> str:
        """Block quotes, each followed by its citation."""
        blocks = [f"{_blockquote(p)}\n\n{_citation(p, self.text.render('source_label'))}" for p in passages]
        return "\n\n".join(blocks)

    def no_answer(self, topics: list[str], suggestions: tuple[str, ...]) -> str:
        """The decline body: what the articles cover, and the nearest sections to ask about."""
        body = self.text.render("no_answer", topics=", ".join(escape(t) for t in topics))
        if suggestions:
            lines = "\n".join(f"- {escape(s)}" for s in suggestions)
            body += f"\n\n{self.text.render('suggestions_heading')}\n{lines}"
        return body

    def route_body(self, decision: SafetyDecision, passage: Passage | None) -> str:
        """Template reply for a safety route; advice routes may add one general passage."""
        body = self.text.route_reply(decision)
        if passage is not None:
            body += f"\n\n{self.text.render('general_info_intro')}\n\n{self.quotes((passage,))}"
        return body


def _blockquote(passage: Passage) -> str:
    """The passage as a Markdown block quote, best sentences in bold, line breaks kept."""
    text, cuts = passage.text, [0, *passage.breaks, len(passage.text)]
    paragraphs = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        paragraphs.append(_bold(text, a, b, passage.highlights).strip())
    return "\n>\n".join(f"> {p}" for p in paragraphs if p)


def _bold(text: str, start: int, end: int, highlights: tuple[tuple[int, int], ...]) -> str:
    out, position = [], start
    for a, b in sorted(highlights):
        if a >= start and b <= end:
            out += [escape(text[position:a]), f"**{escape(text[a:b])}**"]
            position = b
    out.append(escape(text[position:end]))
    return "".join(out)


def _citation(passage: Passage, label: str) -> str:
    """Title, section, date, and a link to the section when the article has a URL."""
    chunk = passage.chunk
    pieces = [f"**{escape(chunk.title)}**", f"section “{escape(chunk.section.replace(' > ', ' › '))}”"]
    if chunk.date:
        pieces.append(escape(chunk.date))
    line = f"{label} " + ", ".join(pieces)
    if chunk.url.startswith(("https://", "http://")):
        line += f" — [read it here]({_section_link(chunk.url, chunk.section)})"
    return line


def _section_link(url: str, section: str) -> str:
    """A text fragment link, so the browser scrolls to the section heading."""
    heading = section.split(" > ")[-1]
    return url.split("#")[0].replace(")", "%29") + "#:~:text=" + url_quote(heading, safe="")
