"""Pattern tables for the safety screen, one readable table per signal family.

Every pattern runs on normalised text (see safety_normalise.normalise): case-folded, accents stripped,
apostrophes removed ("don't" -> "dont", "I'm" -> "im"), punctuation turned into spaces, slang mapped
("kms" -> "kill myself", "unalive" -> "kill", "sewerslide" -> "suicide"), masked words unmasked ("s*icidal"),
spaced letters joined ("d i e") and quoted titles dropped when a song/film/book is named. Numbers and wording of replies
live in safety.yaml, never here.
"""

from __future__ import annotations

import re

from .advice import (
    MEDICAL_ADVICE,
)
from .arrangements import ARRANGEMENTS
from .emergency import EMERGENCY_DIRECT
from .emergency_context import (
    BP_CONTEXT,
    BP_READING,
    GENERAL_QUESTION,
    HISTORY,
    INFO_TERMS,
    NOT_SETTLED,
    ONGOING,
    PERSON,
    PLAN,
    RECOVERED,
)
from .emergency_symptoms import EMERGENCY_SYMPTOM
from .harm import (
    DRUGS_QUANTITY,
    NSSI,
    PERCEPTUAL,
)
from .harm_others import HARM_TO_OTHERS
from .hopelessness import (
    CODED,
    DEATH_THOUGHTS,
    HOPELESSNESS,
)
from .ideation import (
    EXPLICIT_IDEATION,
    SOFT_IDEATION,
)
from .methods import (
    METHOD_SEEKING,
)
from .modifiers import (
    ASKS_SIGNS,
    DISPLACED,
    EXPOSURE,
    FICTION,
    GENERAL_SUBJECT,
    GENERIC_PERSON,
    IDIOM_LAUGH,
    IDIOM_MUNDANE,
    ILLICIT,
    INFORMATIONAL,
    MENTION,
    MOVING_ON,
    NEGATED_MENTION,
    PAST_OVERDOSE,
    PERSONAL,
    RECURRING,
    RELOCATING,
    RESOLVED,
    RETRACTED,
    SELF_NEGATION,
    SELF_RISK,
    THIRD_PARTY,
)
from .passive import (
    PASSIVE_IDEATION,
)
from .preparation import (
    PREPARATORY,
)
from .stopping import (
    ABUSE,
    IN_SCOPE,
    REQUEST,
    STOP_MEDICATION,
)
from .weak import (
    WEAK_RISK,
)
from .weak_context import WEAK_CONTEXT

__all__ = [
    "ABUSE",
    "ARRANGEMENTS",
    "ASKS_SIGNS",
    "BP_CONTEXT",
    "BP_READING",
    "CODED",
    "COMPILED",
    "CRISIS_STRONG",
    "DEATH_THOUGHTS",
    "DISPLACED",
    "DRUGS_QUANTITY",
    "EMERGENCY_DIRECT",
    "EMERGENCY_SYMPTOM",
    "EXPLICIT_IDEATION",
    "EXPOSURE",
    "FICTION",
    "GENERAL_QUESTION",
    "GENERAL_SUBJECT",
    "GENERIC_PERSON",
    "HARM_TO_OTHERS",
    "HISTORY",
    "HOPELESSNESS",
    "IDIOM_LAUGH",
    "IDIOM_MUNDANE",
    "ILLICIT",
    "INFORMATIONAL",
    "INFO_TERMS",
    "IN_SCOPE",
    "MEDICAL_ADVICE",
    "MENTION",
    "METHOD_SEEKING",
    "MODIFIERS",
    "MOVING_ON",
    "NEGATED_MENTION",
    "NOT_SETTLED",
    "NSSI",
    "ONGOING",
    "PASSIVE_IDEATION",
    "PAST_OVERDOSE",
    "PERCEPTUAL",
    "PERSON",
    "PERSONAL",
    "PLAN",
    "PREPARATORY",
    "RECOVERED",
    "RECURRING",
    "RELOCATING",
    "REQUEST",
    "RESOLVED",
    "RETRACTED",
    "SELF_NEGATION",
    "SELF_RISK",
    "SOFT_IDEATION",
    "STOP_MEDICATION",
    "TABLES",
    "THIRD_PARTY",
    "WEAK_CONTEXT",
    "WEAK_RISK",
    "compile_family",
]


def compile_family(patterns: list[str]) -> re.Pattern[str]:
    """One regex for a family: the alternation of its patterns, bounded by non-alphanumerics."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![a-z0-9])")


CRISIS_STRONG = {
    "explicit_ideation": EXPLICIT_IDEATION, "soft_ideation": SOFT_IDEATION, "passive_ideation": PASSIVE_IDEATION,
    "hopelessness": HOPELESSNESS, "coded": CODED, "death_thoughts": DEATH_THOUGHTS, "method_seeking": METHOD_SEEKING,
    "drugs_quantity": DRUGS_QUANTITY, "nssi": NSSI, "perceptual": PERCEPTUAL, "harm_to_others": HARM_TO_OTHERS,
    "preparatory": PREPARATORY, "suicide_mention": MENTION,
}
MODIFIERS = {
    "informational": INFORMATIONAL, "exposure": EXPOSURE, "self_negation": SELF_NEGATION, "idiom_laugh": IDIOM_LAUGH,
    "retracted": RETRACTED, "resolved": RESOLVED, "recurring": RECURRING, "general_subject": GENERAL_SUBJECT,
    "personal": PERSONAL,
    "idiom_mundane": IDIOM_MUNDANE, "past_overdose": PAST_OVERDOSE, "displaced": DISPLACED, "generic_person": GENERIC_PERSON, "fiction": FICTION, "asks_signs": ASKS_SIGNS, "relocating": RELOCATING, "moving_on": MOVING_ON, "third_party": THIRD_PARTY, "self_risk": SELF_RISK,
    "illicit_acquisition": ILLICIT, "in_scope": [IN_SCOPE], "request": REQUEST, "person": [PERSON], "ongoing": [ONGOING],
    "general_question": [GENERAL_QUESTION], "history": [HISTORY], "recovered": [RECOVERED], "not_settled": [NOT_SETTLED], "plan": [PLAN], "info_terms": [INFO_TERMS],
}
TABLES: dict[str, list[str]] = {
    **CRISIS_STRONG, **ARRANGEMENTS, **WEAK_RISK, **WEAK_CONTEXT, **EMERGENCY_DIRECT, **EMERGENCY_SYMPTOM, **MEDICAL_ADVICE,
    "stop_medication": STOP_MEDICATION, **ABUSE, **MODIFIERS,
}
COMPILED: dict[str, re.Pattern[str]] = {name: compile_family(patterns) for name, patterns in TABLES.items()}
