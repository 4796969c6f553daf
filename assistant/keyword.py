"""Keyword search: a bm25s index over the chunks, with typo correction against the corpus vocabulary."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from wordfreq import zipf_frequency

FOLDER = "bm25"
VOCAB_FILE = "words.json"
_WORD = re.compile(r"(?u)\b\w\w+\b")  # bm25s's default token pattern
# three or more letters spelled out one by one: "p t s d", "s.s.r.i"
_SPELLED = re.compile(r"(?<![\w.])(?:[a-zA-Z][ .]){2,}[a-zA-Z](?![a-zA-Z])")
_PAIR = re.compile(r"\b([a-zA-Z]{3,}) (?=([a-zA-Z]{3,})\b)")  # the second word is looked at, not consumed
_STEMMER = Stemmer.Stemmer("english")
# bm25s's English list (33 words) keeps question words like "what", "does", "my" that match everything.
STOPWORDS = sorted(set(bm25s.stopwords.STOPWORDS_EN) | set("""
about above after again against all also am any anyone anything because been before being below between
both can cannot could did do does doing done down during each even ever every few from further get gets
getting go goes going got had has have having he her here hers herself him himself his how i i'd i'll i'm
i've its itself just let lets like made make makes many may me might more most much must my myself nor now
off once one only other ought our ours ourselves out over own please same say says she should so some still
tell than thanks that's them themselves those through too under until up upon us versus very vs want wants was we
well were what what's whats when where which while who whom why would you you're your yours yourself
wat wats wut u ur abt tho pls plz bc cuz coz idk rn wen wud cud shud thru
im ive youre youve theyre theyve hes shes thats
actually really usual usually else someone somebody something nothing since either never quite another lot bit thing
things hello hi everything everybody everyone anybody whatever
hiya hey heya cheers tbh ngl saw
honestly basically literally seriously genuinely lol lmao stuff um umm uh hmm
kindly kind dear sir madam afternoon grateful explain summarise summarize refer refers referring confirm wondering
wonder curious supposed supposedly lately ok okay seems seem learn scared worried afraid
plain english layman laymans layperson eli5 understand ask asked asking asks
good morning evening regards til fact according team revision essay assignment homework coursework word words said
""".split()))  # the later lines: chat shorthand for function words ("wat is…", "how long till u…"), contractions
# typed without the apostrophe ("im", "ive"), fillers that name no subject ("actually", "someone", "a bit"), and
# courtesy and request framing ("Dear Sir or Madam", "could you kindly explain", "what is it supposed to do")
_STOPSET = frozenset(STOPWORDS)
LONG_WORD = 9  # from this length a typed word may be two slips from the corpus word it means


def _stem(words: list[str]) -> list[str]:
    # Snowball keeps "ssris" apart from "ssri"; fold a plural s on acronyms and the like too.
    stems = _STEMMER.stemWords(words)
    return [s[:-1] if len(s) > 3 and s.endswith("s") and not s.endswith("ss") else s for s in stems]


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased, stop words removed, stemmed: the same for documents and queries.

    The same tokens as bm25s.tokenize (its default pattern, then stop words, then the stemmer; a test holds
    them equal), without its per-call set-up, which cost more than the rest of a question's keyword work.
    """
    out = []
    for text in texts:
        words = [w for w in _WORD.findall(text.lower()) if w not in _STOPSET]
        out.append(_stem(words) if words else [])
    return out


class KeywordIndex:
    """BM25 over chunk texts; saved as bm25s's own self-describing folder plus a word list."""

    def __init__(self, retriever: bm25s.BM25, words: list[str]) -> None:
        self._retriever = retriever
        self._words = set(words)
        self._by_key: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._by_sound: dict[str, list[str]] = defaultdict(list)
        for word in words:
            self._by_key[(word[0], len(word))].append(word)
            self._by_sound[_sound(word)].append(word)

    @classmethod
    def build(cls, texts: Sequence[str]) -> KeywordIndex:
        """Index the texts; row i of the scores is texts[i]."""
        retriever = bm25s.BM25()
        retriever.index(bm25s.tokenize(list(texts), stopwords=STOPWORDS, stemmer=_stem, show_progress=False),
                        show_progress=False)
        words = sorted({w for text in texts for w in _WORD.findall(text.lower()) if w.isalpha()})
        return cls(retriever, words)

    def save(self, folder: Path) -> None:
        """Write into folder/bm25: bm25s's own folder (params with its version) plus the word list."""
        target = folder / FOLDER
        self._retriever.save(str(target))
        (target / VOCAB_FILE).write_text(json.dumps(sorted(self._words)), encoding="utf-8")

    @staticmethod
    def describe() -> dict[str, str]:
        """How the keyword index is made, for the manifest; a build made another way is stale."""
        stopwords = hashlib.sha256(" ".join(STOPWORDS).encode()).hexdigest()[:12]
        return {"library": "bm25s", "version": bm25s.__version__, "folder": FOLDER, "stemmer": "snowball-en+s",
                "stopwords": stopwords}

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        """Read what save() wrote."""
        target = folder / FOLDER
        words = json.loads((target / VOCAB_FILE).read_text(encoding="utf-8"))
        return cls(bm25s.BM25.load(str(target)), words)

    @property
    def words(self) -> Collection[str]:
        """Every word of the corpus, lower case (what correct() aims at)."""
        return self._words

    @property
    def stems(self) -> frozenset[str]:
        """Every stemmed term the index knows."""
        return frozenset(k for k in self._retriever.vocab_dict if k)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for the query (zeros when no query word is indexed)."""
        tokens = tokenize([query])[0]
        if not tokens or tokens == [""]:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)

    def correct(self, text: str, extra: Collection[str] = ()) -> str:
        """Replace words the corpus never uses with a close corpus word ('ketamin' -> 'ketamine').

        `extra` words count as known too (the visitor words of aliases.yaml: 'adictive' -> 'addictive').
        """
        text = _SPELLED.sub(lambda m: re.sub(r"[ .]", "", m.group(0)), text)  # "p t s d", "s.s.r.i" -> "ptsd", "ssri"
        text = _PAIR.sub(self._joined, text)
        return _WORD.sub(lambda m: self._closest(m.group(0), extra), text)

    def _joined(self, match: re.Match[str]) -> str:
        """ "neuro plasticity", "anti depressants": two words the corpus writes as one, one half not its word."""
        first, second = match.group(1), match.group(2)
        whole = (first + second).lower()
        halves_known = first.lower() in self._words and second.lower() in self._words
        return first if whole in self._words and not halves_known else match.group(0)

    def _closest(self, word: str, extra: Collection[str]) -> str:
        lower = word.lower()
        # Only words that are not everyday English: "weather" must not become "whether".
        if (len(lower) < 5 or not lower.isalpha() or lower in self._words or lower in extra
                or zipf_frequency(lower, "en") > 2.0):
            return word
        if split := self._split(lower):
            return split  # "sideeffects" -> "side effects": two corpus words typed as one
        spread = 2 if len(lower) >= LONG_WORD else 1  # "dissasociation", "antidepresant": two slips in a long word
        return self._near(lower, spread, extra) or self._sounds_like(lower) or word

    def _near(self, word: str, spread: int, extra: Collection[str] = ()) -> str | None:
        """The closest corpus (or extra) word with the same first letter, at most `spread` letters longer or shorter."""
        candidates = [w for n in range(-spread, spread + 1) for w in self._by_key.get((word[0], len(word) + n), ())]
        candidates += [w for w in extra if w[:1] == word[0] and abs(len(w) - len(word)) <= spread]
        match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.84)
        return match[0] if match else None

    def _sounds_like(self, word: str) -> str | None:
        """The one corpus word spelled by ear the same way ("ketameen" -> "ketamine"), if exactly one."""
        key = _sound(word)
        same = [w for w in self._by_sound.get(key, ()) if abs(len(w) - len(word)) <= 2]
        return same[0] if len(key) >= 4 and len(same) == 1 else None

    def _split(self, word: str) -> str | None:
        """The word as two corpus words of three letters or more, when it splits into exactly one such pair.

        The second half may itself be one slip off ("sideefects" -> "side effects").
        """
        pairs = [(word[:i], word[i:]) for i in range(3, len(word) - 2)
                 if word[:i] in self._words and word[i:] in self._words]
        if not pairs:
            pairs = [(word[:i], fixed) for i in range(3, len(word) - 4)
                     if word[:i] in self._words and (fixed := self._near(word[i:], 1))]
        return " ".join(pairs[0]) if len(pairs) == 1 else None


def _sound(word: str) -> str:
    """A spelling-by-ear key: first letter, then the consonants with look-alike sounds merged and doubles dropped."""
    rest = word[1:].replace("ph", "f").translate(_SOUNDS)
    return word[0] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhw]", "", rest))


_SOUNDS = str.maketrans({"c": "k", "q": "k", "z": "s"})
