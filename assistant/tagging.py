"""Tags on passages, set at build time, that the safety rules filter on."""

from __future__ import annotations

import re

# Patterns are deliberately broad: a false tag only hides a passage on an advice route.
TAG_PATTERNS: dict[str, re.Pattern[str]] = {
    "dosing": re.compile(
        r"\b\d+(\.\d+)?\s*(mg|mcg|µg|g|ml|mg/kg|milligrams?|micrograms?)\b|\bdos(e|es|age|ing)\b|"
        r"\binfusion rate\b|\b(once|twice|\d+ times) (a|per) (day|week)\b|\bper kilogram\b",
        re.I,
    ),
    "discontinuation_schedule": re.compile(
        r"\btaper(ing)?\b.{0,60}\b(week|day|month)s?\b|\breduce (the|your) dose\b", re.I | re.S),
    "mentions_suicide": re.compile(
        r"\bsuicid\w*|\bself[- ]harm\w*|\bend(ing)? (their|your|my|his|her) (own )?life\b|"
        r"\bkill (themselves|yourself)\b",
        re.I,
    ),
    "method_detail": re.compile(
        r"\blethal (dose|amount)\b|\bfatal (dose|amount)\b|\bhow to (overdose|kill)\b", re.I),
}


def tag_passage(text: str) -> tuple[str, ...]:
    """The sorted tags whose pattern occurs in the passage; 'general' when none does."""
    tags = tuple(sorted(name for name, pattern in TAG_PATTERNS.items() if pattern.search(text)))
    return tags or ("general",)
