"""Questions about an article as a whole ("what is this article about?", "sum it up"): its purpose and conclusion."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .chunking import INTRO
from .records import Chunk, Hit
from .rerank import is_summary

# "what is this article about", "what does the blog cover"; apostrophes are removed before matching
_ABOUT = re.compile(
    r"\b(?:what(?:s| is| does)?|tell me what) (?:this|the|your) (?:article|blog|blog post|post|page|piece|site|website|"
    r"text|guide)(?: \w+){0,3} (?:about|say|says|cover|covers|talk about)\b|"
    r"\bwhat (?:is|s) (?:this|it) (?:all )?about\b")
# "summary", "sum it up", "main points", "tl;dr": the conclusion says it in brief
_SUMMARY = re.compile(
    r"\b(?:summar(?:y|ise|ize|ised|ized)|overview|tl ?;? ?dr|gist|main (?:points?|takeaways?|idea|message)|"
    r"key (?:points?|takeaways?|message)|in a nutshell|(?:so |just )?in short(?! supply)|sum (?:it |this |that )?up|"
    r"(?:the )?bottom line|main (?:argument|claim|thesis)|conclusion|"
    r"(?:last|final|closing) (?:section|paragraph|sentence|words))\b")
# the sentence where an introduction says what the article will do
_PURPOSE = re.compile(r"\bin this (?:article|blog|post|guide|page|piece)\b|"
                      r"\bwe(?:’|')?ll (?:explore|look at|discuss|cover|explain)\b|"
                      r"\bwe will (?:explore|look at|discuss|cover|explain)\b", re.IGNORECASE)


def overview_kind(question: str) -> str | None:
    """"about" for a question about what an article is about, "summary" for a request to sum it up, else None."""
    text = question.lower().replace("'", "").replace("’", "")
    if _ABOUT.search(text):
        return "about"
    return "summary" if _SUMMARY.search(text) else None


def overview_hits(chunks: Sequence[Chunk], article_id: str, kind: str, blocked: Collection[str] = ()) -> list[Hit]:
    """The article's purpose passage and its conclusion (conclusion first for a summary), as equally good hits."""
    own = [c for c in chunks if c.article_id == article_id and not set(blocked) & set(c.tags)]
    intro = [c for c in own if c.section == INTRO]
    purpose = next((c for c in intro if _PURPOSE.search(c.text)), intro[0] if intro else None)
    conclusion = next((c for c in own if is_summary(c) and c.section != INTRO), None)
    order = [conclusion, purpose] if kind == "summary" else [purpose, conclusion]
    return [Hit(c, score=1.0, dense=1.0) for c in order if c is not None]
