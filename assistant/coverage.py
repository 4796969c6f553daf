"""Is a question about something the articles cover? Cheap features for the calibrated decision."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from .errors import ConfigError
from .keyword import STOPWORDS, tokenize

ALIASES_FILE = Path(__file__).with_name("aliases.yaml")
TOPICS_FILE = Path(__file__).with_name("topics.yaml")
EVERYDAY_ZIPF = 5.0  # at or above this frequency a noun is everyday English ("thing", "problem")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NEGATION = re.compile(r"\b(is|are|was|were|does|do|did|has|have|had|could|would|should|wo|ca|must|need)n['’]?t\b")
_STOP = set(STOPWORDS)
CLASSES_FILE = Path(__file__).with_name("classes.yaml")
_COMPARING = re.compile(r"\b(?:vs|versus|or|better|worse|than|which|compared?|comparison|difference|differ)\b")
_PICKING = r"\b(?:which|best|safest|strongest|mildest|gentlest) (?:\w+ )?"
# "how many ketamine treatments will I need": the articles never say how many; "treatment" itself is their word
_HOW_MANY_TIMES = re.compile(
    r"\bhow many\b(?: \w+){0,2} (?:treatments|rounds|courses|visits|appointments|sessions|infusions|doses|shots|"
    r"sprays)\b(?! (?:of \w+ )?(?:did|have|has|were|was|cause|fail)\b)"
    r"|\bhow many (?:treatment|session|infusion) (?:do )?(?:i|we|you|he|she|they) (?:need|have|get)\b"
    r"|\bhow often (?:do|will|would|should|must|can|does) (?:i|you|we|he|she|they|patients|people|one) "
    r"(?:need|have|get|go|come|receive|repeat|book)\b")
# "my 16 year old": the articles say nothing about treating children or teenagers
# ...and "my son is 12", "our daughter, aged 15"
_MINOR_AGE = re.compile(r"\b(?:[1-9]|1[0-7]) ?-?(?:year|yr)s?-? ?old\b|\b(?:im|i am|i'm|i’m) (?:only |just )?1[0-7]\b"
                        r"(?! (?:weeks?|months?|days?|hours?|mg|kg|lbs?|pounds?|times?|sessions?|infusions?|stone)\b)"
                        r"|\b(?:son|daughter|child|kid|boy|girl|"
                        r"grandson|granddaughter|stepson|stepdaughter|nephew|niece)(?: is|,? aged?| who is|,)? "
                        r"(?:[1-9]|1[0-7])\b(?! (?:weeks?|months?|days?|hours?|mg|kg|lbs?|pounds?|times?|sessions?|"
                        r"infusions?)\b)")
# a chat's own framing, not part of the question: "last one - does it help PTSD?" (not the articles' "last", how long
# effects last), and a letter's closing with the name under it ("…fewer adverse effects? Kind regards, R. Okafor")
_FRAMING = re.compile(r"\b(?:(?:one|my) (?:last|final|more) (?:thing|question|q)|"
                      r"(?:last|final) (?:one|question|thing|q))\b"
                      r"|\b(?:(?:kind|best|warm|many) )?regards\b.*$|\byours (?:truly|sincerely|faithfully)\b.*$", re.S)
# "do I need to fast before ketamine?": fasting, not the articles' "fast relief"
_FASTING = re.compile(r"\b(?:need to|have to|should i|do i|must i|supposed to|got to) (?:fast|not eat|stop eating|skip "
                      r"(?:breakfast|lunch|dinner))\b(?: \w+)? (?:before|beforehand|prior to|ahead of)\b")
# "how much of the drug do they give you each time?": an amount, which the articles never give
_HOW_MUCH_GIVEN = re.compile(r"\bhow much (?:of )?(?:the |this |that )?(?:drug|medicine|medication|ketamine|stuff|it)\b"
                             r"(?: \w+){0,3} (?:give|gives|given|giving|inject|injects|injected|administer\w*)\b")
# wordings, not words, that put a question outside the articles; the first that matches is the listed topic
_UNCOVERED = ((_HOW_MANY_TIMES, "how many times"), (_MINOR_AGE, "a minor's age"), (_FASTING, "fasting"),
              (_HOW_MUCH_GIVEN, "an amount"))


@dataclass(frozen=True, slots=True)
class QueryFeatures:
    """What the decline rule looks at; see calibration.py for how they are weighed."""

    dense: float  # cosine of the best passage
    unknown_share: float  # content words the articles never use, as a share of all content words
    all_known: bool  # every content word occurs in the articles
    unknown_topics: int  # unknown words that name a thing (nouns, names): "cost", "insurance", "psilocybin"
    listed: tuple[str, ...] = ()  # unknown words from topics.yaml: the question is about a subject never covered

    def vector(self) -> list[float]:
        return [self.dense, self.unknown_share, float(self.all_known), float(self.unknown_topics), 1.0]


def load_aliases(path: Path = ALIASES_FILE) -> dict[str, tuple[str, ...]]:
    """Visitor word -> the articles' words for it."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {_plain(str(k)): tuple(str(v) for v in values) for k, values in data.items()}


@dataclass(frozen=True, slots=True)
class MedicineClass:
    """A class the articles speak of only as a whole (classes.yaml): its members are never compared."""

    word: str  # the articles' word, the aliases' target: "SSRIs"
    singular: str  # "SSRI"
    rivals: tuple[str, ...]  # what the articles do compare the class with: "ketamine"
    # compiled once here, not per question
    _rival: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _pick: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _against: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rivals = "|".join(re.escape(rival.lower()) for rival in self.rivals) or "(?!)"
        object.__setattr__(self, "_rival", re.compile(rf"(?<!\w)(?:{rivals})(?!\w)"))
        object.__setattr__(self, "_pick", re.compile(rf"{_PICKING}{re.escape(self.singular.lower())}s?\b"))
        # "which SSRI side effects does it list" asks about the class's effects, not which member to pick
        against = rf" (?:or|vs|versus) (?:{rivals})\b| (?:adverse |side )?effects\b"
        object.__setattr__(self, "_against", re.compile(against))

    def naming_rival(self, text: str) -> bool:
        """Whether the (plain, lower-case) question names a rival."""
        return bool(self._rival.search(text))

    def picking(self, text: str) -> bool:
        """Whether the question picks a member ("which SSRI", "best SSRIs"), not the class against a rival."""
        return any(not self._against.match(text, m.end()) for m in self._pick.finditer(text))


def load_classes(path: Path = CLASSES_FILE) -> tuple[MedicineClass, ...]:
    """The classes of medicines whose members the articles never compare."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list) or not all(_class_entry(e) for e in data):
        raise ConfigError(f"{path}: each entry needs 'class' and 'singular' words and a 'rivals' list; see the file's "
                          "own first lines for the format")
    return tuple(MedicineClass(str(e["class"]), str(e["singular"]), tuple(str(r) for r in e.get("rivals", [])))
                 for e in data)


def _class_entry(entry: object) -> bool:
    """Whether one classes.yaml entry has the shape load_classes needs."""
    return (isinstance(entry, dict) and isinstance(entry.get("class"), str) and isinstance(entry.get("singular"), str)
            and isinstance(entry.get("rivals", []), list))


Topics = dict[str, frozenset[str]]  # stem of a listed word -> stems of the words that excuse it


_DOSE_FOR_DOES = re.compile(
    r"(?:\b(?:how|why|when|where)(?: \w+)? |^)(?P<dose>dose) "
    r"(?:it|ketamine|this|that|ssris?|they|he|she|the|an?|my|your)\b"
    r"(?= (?:\w+ ){0,3}(?:work|works|help|helps|cause|causes|make|makes|have|has|affect|affects|take|takes|feel|last|"
    r"do)\b)",
    re.IGNORECASE)


def load_topics(path: Path = TOPICS_FILE) -> Topics:
    """Words that name a subject visitors ask about (cost, dose, pregnancy), even when also a verb, by stem.

    An entry may be `word: [other, words]`: the word does not count in a question that also has one of them
    ("how long do side effects last" is answered by the articles; "how long does the relief last" is not).
    """
    entries = _topic_entries(path)
    topics: Topics = {}
    # "appointment" and "appointments" share a stem: the words that excuse either excuse both
    for stem, (_, unless) in zip(_stems([word for word, _ in entries]), entries, strict=True):
        if stem:
            topics[stem] = topics.get(stem, frozenset()) | {s for s in _stems([str(w).lower() for w in unless]) if s}
    return topics


def fix_does(question: str) -> str:
    """ "how fast dose ketamine work" means "does": the typo must not read as the listed topic "dose"."""
    return _DOSE_FOR_DOES.sub(lambda m: m.group(0).replace(m.group("dose"), "does"), question)


def topic_words(path: Path = TOPICS_FILE) -> frozenset[str]:
    """The listed words themselves, so a misspelt one ("sesions", "insurence") is corrected to it."""
    return frozenset(word for word, _ in _topic_entries(path) if word.isalpha())


def _topic_entries(path: Path) -> list[tuple[str, list]]:
    """(word, the words that excuse it) for each entry of topics.yaml, the word lower-cased."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [(str(word).lower(), unless or []) for e in data
            for word, unless in (e.items() if isinstance(e, dict) else [(e, [])])]


def expand(question: str, terms: list[str]) -> str:
    """The question with the articles' words for its aliases (alias_terms) appended; its own words are kept."""
    return f"{question} ({', '.join(terms)})" if terms else question


def alias_terms(question: str, aliases: dict[str, tuple[str, ...]]) -> list[str]:
    """The articles' words for the visitor's words and phrases in the question, each once, in order."""
    text = _plain(question)
    found = [(m.start(), term) for key, terms in aliases.items() for m in _whole(key).finditer(text) for term in terms]
    return list(dict.fromkeys(term for _, term in sorted(found, key=lambda pair: pair[0])))


def _plain(text: str) -> str:
    """Lower case without apostrophes, so "don't", "don’t" and "dont" are the same phrase."""
    return text.lower().replace("'", "").replace("’", "")


def _whole(key: str) -> re.Pattern[str]:
    """A word or phrase as a whole: "ssri" is not found inside "ssris", "dont work" not in "dont workout"."""
    return re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")


def features(question: str, dense: float, stems: frozenset[str], aliases: dict[str, tuple[str, ...]],
             topics: Topics | None = None, classes: tuple[MedicineClass, ...] = ()) -> QueryFeatures:
    """Features of an already typo-corrected question against the corpus's stem vocabulary."""
    topics = topics or {}
    words = [w for w in _WORD.findall(_FRAMING.sub(" ", _uncontract(question))) if w not in _STOP]
    own = _stems(words)
    phrased = _phrase_words(question, aliases)  # "sex drive" is the articles' "sexual dysfunction"
    excusing = set(own)
    # an excused topic word is the articles' subject in other words ("how soon after an infusion will I feel better")
    unknown = {w: stem for w, stem in zip(words, own, strict=True)
               if w not in aliases and w not in phrased and stem not in stems
               and not (topics.get(stem, frozenset()) & excusing)}
    share = len([w for w in words if w in unknown]) / len(words) if words else 1.0
    listed = tuple(w for w, stem in unknown.items() if stem in topics) + one_of_a_class(question, aliases, classes)
    lower = question.lower()
    listed = listed or next(((label,) for rx, label in _UNCOVERED if rx.search(lower)), ())
    named = sum(w in listed or _names_a_thing(w) for w in unknown)
    return QueryFeatures(dense, share, bool(words) and not unknown, named, listed)


def one_of_a_class(question: str, aliases: dict[str, tuple[str, ...]],
                   classes: tuple[MedicineClass, ...]) -> tuple[str, ...]:
    """("which SSRI",) when the question compares or picks members of a class ("zoloft or prozac", "best SSRI").

    The articles speak of a class such as SSRIs as a whole; every brand is an alias of it, so without this rule
    "is prozac better than zoloft" would be answered with passages about SSRIs in general (classes.yaml).
    """
    text = _plain(question)
    return tuple(f"which {c.singular}" for c in classes if _compares_members(text, c, aliases) or c.picking(text))


def _compares_members(text: str, cls: MedicineClass, aliases: dict[str, tuple[str, ...]]) -> bool:
    """Two or more members named with a comparison word, and no rival ("is ketamine better than zoloft or prozac")."""
    singular = cls.singular.lower()
    # "pills like zoloft and lexapro" only gives examples: it has no comparison word
    members = [key for key, terms in aliases.items()
               if cls.word in terms and key != singular and _whole(key).search(text)]
    return len(members) >= 2 and bool(_COMPARING.search(text)) and not cls.naming_rival(text)


def _uncontract(text: str) -> str:
    """Lower case with negative contractions spelled out: "isn't" and "isnt" are "is not", not the word "isn"."""
    text = _NEGATION.sub(r"\1 not", text.lower())
    return text.replace("wo not", "will not").replace("ca not", "can not")


def _phrase_words(question: str, aliases: dict[str, tuple[str, ...]]) -> set[str]:
    """The words of the alias phrases found in the question."""
    text = _plain(question)
    return {word for key in aliases if " " in key and _whole(key).search(text) for word in _WORD.findall(key)}


def _names_a_thing(word: str) -> bool:
    """A noun-only word or a name the dictionary lacks, and not an everyday one like "thing" or "problem".

    A question whose subject the articles never mention ("cost", "pregnancy") is rarely covered by them,
    while unknown verbs and adverbs ("replace", "kick in") are usually paraphrases of what they do say.
    """
    parts = set(getAllLemmas(word))
    return (not parts or parts <= {"NOUN", "PROPN"}) and zipf_frequency(word, "en") < EVERYDAY_ZIPF


def _stems(words: list[str]) -> list[str]:
    """Each word's stem as the keyword index sees it ("" for one it drops), in one tokenizer call."""
    return [tokens[0] if tokens else "" for tokens in tokenize(words)] if words else []
