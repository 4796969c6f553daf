"""The safety screen: classify one visitor message before any retrieval (rules only, no model, no I/O).

Precedence: emergency > crisis > stop_medication > medical_advice > abuse > retrieve. Design for recall:
suppressors (idioms, informational frames, self-negation) only cancel a bare mention, never another risk signal.
Text normalising lives in safety_normalise, pattern tables in the safety_patterns package (one module per family
group), reply wording and numbers in safety.yaml.
"""

from __future__ import annotations

import re
import unicodedata

from .records import SafetyDecision
from .safety_normalise import normalise
from .safety_patterns import (
    ARRANGEMENTS,
    BP_CONTEXT,
    BP_READING,
    COMPILED,
    CRISIS_STRONG,
    EMERGENCY_DIRECT,
    EMERGENCY_SYMPTOM,
    MEDICAL_ADVICE,
    WEAK_CONTEXT,
    WEAK_RISK,
)
from .safety_patterns.modifiers import (
    FIRST_PERSON,
    RECIPIENT,
    REPORTED,
    SAYER_OTHER,
    SAYER_WRITER,
    SAYING,
    SUBJECT_THIRD,
    THIRD_PERSON,
)

_LANG_HINTS = {
    "es": (r"\b(?:el|los|las|que|y|no|quiero|mi|mis|es|una|por|para|con|estoy|se|tomar|puedo|como|cual|esta|hijo|ya|"
           r"vivir|despertar|pastillas|manana|diferencia|matar|morir\w*|tengo|dejar|ayuda|del|lo)\b|[ñ¿¡]"),
    "fr": r"\b(?:le|les|je|et|est|pas|ne|une|mon|mes|pour|avec|jai|suis|plus|veux|quel|quelle|ce|cest|vivre|mourir|moi|mes|ai|en|il|elle|des|du)\b|[èêœ]",
    "de": r"\b(?:ich|und|nicht|der|die|das|ist|mit|mein|meine|ein|eine|zu|mehr|nur|will|kann|habe|leben|soll|mich|sterben|er|sie|hat|ist)\b|[ßäöü]",
    "pt": r"\b(?:eu|nao|os|meu|minha|um|uma|com|mais|estou|voce|quero|tomar|posso|isso|muito|vida|morrer|acordar|ele|ela|do|da)\b|[ãõç]",
    "en": r"\b(?:the|and|i|you|is|to|my|of|what|how|it|a|do|can|im|dont|with|for|this|have|want|i'm|don't)\b",
}
_LANG = {code: re.compile(rx) for code, rx in _LANG_HINTS.items()}
_URGENT_SELF = {"explicit_ideation", "soft_ideation", "passive_ideation", "hopelessness", "coded", "death_thoughts",
                "method_seeking", "drugs_quantity", "nssi", "perceptual", "preparatory", "suicide_mention"}
_SUPPRESSIBLE = {"suicide_mention", "death_thoughts"}
_IMMINENT = {"imminence", "preparatory", "harm_to_others", "means_access", "location", "drugs_quantity", "veiled_intent", "plan",
             "height_access", "perceptual", "method_seeking",  # a commanding voice, or the "how" of a plan, is acute
             "letters_third", "giving_away"}  # farewell letters and possessions given away are preparatory acts
_FIRST, _THIRD, _REPORTED = re.compile(FIRST_PERSON), re.compile(THIRD_PERSON), re.compile(REPORTED)
_SUBJECT_THIRD = re.compile(SUBJECT_THIRD)
_RECIPIENT, _SAYING = re.compile(RECIPIENT), re.compile(SAYING)
_PERSON = re.compile(f"(?P<other>{THIRD_PERSON})|(?P<writer>{FIRST_PERSON})")  # "my mom" is hers, not mine
_SAYER = re.compile(f"(?P<writer>{SAYER_WRITER})|(?P<other>{SAYER_OTHER})")
_WEAK_RISK = frozenset(WEAK_RISK)
_WEAK_CTX = _WEAK_RISK | set(WEAK_CONTEXT)
_ARRANGED = frozenset(ARRANGEMENTS)
_DIRECT, _SYMPTOMS = frozenset(EMERGENCY_DIRECT), frozenset(EMERGENCY_SYMPTOM)
_STRONG, _ADVICE = frozenset(CRISIS_STRONG), frozenset(MEDICAL_ADVICE)
_RISK_BESIDE_ARRANGEMENT = _WEAK_RISK - {"rehoming", "refill_early"}


def _families(texts: list[str]) -> set[str]:
    """Names of every pattern family that matches any normalised variant."""
    hits = {name for name, rx in COMPILED.items() if any(rx.search(t) for t in texts)}
    if "negated_mention" in " ".join(texts):
        hits.add("self_negation")
    if any(_bp_crisis(t) for t in texts):
        hits.add("bp_high")
    return hits


def _bp_crisis(text: str) -> bool:
    """A blood-pressure reading at hypertensive-crisis level (systolic >= 180 or diastolic >= 120)."""
    if not re.search(BP_CONTEXT, text):
        return False
    return any(int(s) >= 180 or int(d) >= 120 for s, d in re.findall(BP_READING, text) if 60 <= int(s) <= 300)


def _emergency(hits: set[str]) -> set[str]:
    """Emergency families that count: direct ones always, symptoms only about a person and not a general question."""
    direct = hits & _DIRECT - ({"overdose_taken"} if "past_overdose" in hits else set())
    symptoms = hits & _SYMPTOMS
    settled = "recovered" in hits and "not_settled" not in hits  # "fine now": the "now" is the recovery's, not the event's
    generic = (hits & {"general_question", "history", "idiom_laugh"} or settled) and ("ongoing" not in hits or settled)
    # "face drooping and slurred speech": a bare report of acute symptoms needs no "I" or "he" to count
    report = "statement" in hits and "info_terms" not in hits
    if symptoms and ("person" in hits or "ongoing" in hits or report) and not generic:
        return direct | symptoms
    return direct


def _crisis(hits: set[str]) -> set[str]:
    """Crisis families that count after suppressors; weak signals count only in combination."""
    strong = hits & _STRONG
    laughed_off = "idiom_laugh" in hits and "retracted" not in hits  # "kill me lol" yes, "lol jk... not jk" no
    if "kill me" in hits and "retracted" in hits:
        strong.add("soft_ideation")
    if strong == {"soft_ideation"} and laughed_off and ("idiom_mundane" in hits or "kill me" in hits):
        strong = set()
    if strong and strong <= _SUPPRESSIBLE and hits & {"informational", "exposure", "self_negation"}:
        strong = set()
    # nobody in particular ("if a patient feels suicidal during a session, what happens?"), or a story's character
    nobody = "generic_person" in hits and "personal" not in hits or bool(hits & {"fiction", "asks_signs"}) and "self_risk" not in hits
    if strong <= _SUPPRESSIBLE | {"explicit_ideation"} and nobody:
        strong = set()
    # "a year ago I was suicidal; after ketamine I'm doing so much better" is history, unless it is back
    if strong <= _SUPPRESSIBLE | {"explicit_ideation", "nssi"} and "resolved" in hits and not hits & ({"recurring"} | _WEAK_CTX):
        strong = set()
    weak = hits & _WEAK_CTX
    if weak & _WEAK_RISK and len(weak) >= 2:
        strong |= weak
    # "found a clinic closer to home, so I won't need them after the weekend": the move explains the goodbye, and so do
    # recovery and a calendar of one's own ("I feel like myself again. Thank you all, and goodbye!")
    explained = bool(hits & {"relocating", "moving_on"})
    if explained and strong <= {"coded"} | weak:
        strong = set()
    # "I won't need the waitlist spot. Who should I leave my cat with?": one arrangement is ordinary, two are a farewell
    # ...and so is one arrangement beside a weak risk sign ("gave his tools away, says he's squared everything away"),
    # but not a rehomed pet or a long supply, which are themselves arrangements told another way
    if (len(hits & _ARRANGED) >= 2 or hits & _ARRANGED and weak & _RISK_BESIDE_ARRANGEMENT) and not explained:
        strong |= hits & _ARRANGED
    return strong


def _others_risk(texts: list[str], risk: set[str]) -> bool:
    """Whether an urgent message tells of someone else's risk, so the reply speaks to a helper.

    Each match of a risk family has an owner: the person its words name ("gave my cat to my sister", "he's tired of
    being a burden"), else the person just before them ("she wants to disappear"); words someone else said or
    wrote are theirs ("my son wrote on his arm 'I want to die'"), and a threat to hurt someone is the writer's. Any
    match of the writer's own makes it theirs; when no match names anyone, the message's subject decides.
    """
    owners = {_owner(name, t, m) for t in texts for name in risk if name in COMPILED for m in COMPILED[name].finditer(t)}
    if "writer" in owners or "other" in owners:
        return "writer" not in owners
    joined = " ".join(texts)
    return bool(_SUBJECT_THIRD.search(joined)) and not _FIRST.search(_THIRD.sub(" ", joined))  # "my wife" is hers


def _owner(family: str, text: str, match: re.Match[str]) -> str | None:
    """'writer', 'other' or None (nobody named) for one matched risk wording."""
    if family == "harm_to_others":
        return "writer"
    before = text[:match.start()]
    said = _REPORTED.search(before)  # words someone said or wrote are the sayer's, whoever they name
    if said and (sayer := _person(before[:said.start()], first=True)):
        return sayer
    words = _RECIPIENT.sub(r"\1", match.group(0))  # "texted me 'goodbye'": the me is who received it
    saying = _SAYING.search(words)  # "keeps saying we'd be better off", "just texted 'goodbye, I love you'"
    if saying and (sayer := _person(before + words[:saying.start()], first=True)):
        return sayer
    for rx, owner in ((_FIRST, "writer"), (_THIRD, "other")):
        if rx.search(words):
            return owner
    return _person(before, first=False)


def _person(before: str, first: bool) -> str | None:
    """Who the words just before a match name: the first of the last six (a sayer) or the last of three (a subject)."""
    tail = " ".join(before.split()[-6:] if first else before.split()[-3:])
    found = [m.lastgroup for m in (_SAYER if first else _PERSON).finditer(tail)]
    return (found[0] if first else found[-1]) if found else None


def detect_language(message: str) -> str:
    """Best-guess ISO 639-1 code among en/es/fr/de/pt from function words and letters; "en" on a tie."""
    text = unicodedata.normalize("NFKC", message).casefold()
    scores = {code: len(rx.findall(text)) for code, rx in _LANG.items()}
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    return best if scores[best] > scores["en"] else "en"


def _route(hits: set[str], emergency: set[str], crisis: set[str]) -> str:
    """Apply the precedence order to the matched families."""
    if emergency:
        return "emergency"
    if crisis:
        return "crisis"
    # "why do people switch from SSRIs to ketamine?" asks about others, not about stopping one's own medicine
    if "stop_medication" in hits and not ("general_subject" in hits and "personal" not in hits):
        return "stop_medication"
    if hits & _ADVICE:
        return "medical_advice"
    # an insult with a question about the clinic's topics is still answered ("stupid bot, how long is an infusion")
    asks = "in_scope" in hits and ("statement" not in hits or "request" in hits)
    if hits & {"harassment", "sexual"} or ("insult" in hits and not asks):
        return "abuse"
    return "retrieve"


def screen(message: str) -> SafetyDecision:
    """Classify one message into a route with the signal families that decided it."""
    texts = normalise(message)
    hits = _families(texts)
    if "kill me" in " ".join(texts):
        hits.add("kill me")
    if "?" not in message and "？" not in message:
        hits.add("statement")
    emergency, crisis = _emergency(hits), _crisis(hits)
    route = _route(hits, emergency, crisis)
    urgent = route in ("crisis", "emergency")
    mentions = not urgent and bool(hits & ({"suicide_mention", "death_thoughts", "exposure", "self_negation"}
                                           | {"soft_ideation"}))
    risk = emergency | crisis
    # an emergency's helper wording only drops the self-harm line, so anyone else named there is enough
    others = _others_risk(texts, crisis) if route == "crisis" else "third_party" in hits and "self_risk" not in hits
    third = urgent and "displaced" not in hits and others
    context = hits & {"third_party", "displaced", "self_negation", "informational", "illicit_acquisition"}
    if not urgent:
        context = (hits & {"illicit_acquisition"}) | (hits & _MENTION_CONTEXT if mentions else set())
    shown = (risk | context | (hits & _IMMINENT)) if urgent else (hits & _ROUTE_SIGNALS.get(route, set())) | context
    # a crisis beside an arrangement ("if I'm no more around… I wrote down her bank details") is a prepared act
    imminent = urgent and bool(hits & _IMMINENT or hits & _ARRANGED and crisis)
    return SafetyDecision(route=route, signals=tuple(sorted(shown - {"kill me"})), language=detect_language(message),
                          imminent=imminent, third_party=third, mentions_suicide=mentions)


_MENTION_CONTEXT = {"suicide_mention", "death_thoughts", "informational", "exposure", "self_negation", "soft_ideation"}
_ROUTE_SIGNALS = {
    "stop_medication": {"stop_medication"}, "medical_advice": _ADVICE,
    "abuse": {"insult", "harassment", "sexual"}, "retrieve": {"insult"},
}
