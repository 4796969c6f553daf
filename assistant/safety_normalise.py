"""Normalising a visitor's message for the safety patterns: the text they match, in every spelling that counts.

Case, accents, leetspeak, masked and spaced-out letters, slang and text-speak, regional spellings, a noun's "'s" before
a verb, and song or article titles in quotes; plus a typo-repaired copy (safety_spelling). The patterns themselves live
in the safety_patterns package.
"""

from __future__ import annotations

import re
import unicodedata

from .safety_patterns import NEGATED_MENTION
from .safety_spelling import repair

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_LEET = str.maketrans({"1": "i", "!": "i", "|": "i", "0": "o", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s", "7": "t"})
_LEET_RUN = re.compile(r"(?<=[a-z])[10!|34@$57]+(?=[a-z]|\b)|(?<![a-z0-9])[$@](?=[a-z])")
# "chest's been tight", "blood's pumping": after a noun (not he/she/it/that…) "'s" is a verb, so spell it out before
# apostrophes are dropped, or the patterns would see "chests" and "bloods"
_NOUN_IS = re.compile(r"\b(?!(?:he|she|it|that|what|there|here|who|where|let|how|everyone|everything|nobody|someone)')"
                      r"([a-z]+)'s (?=(?:been|got|gone|going|getting|just|still|not|really|pinned|stuck|trapped|bleeding|"
                      r"pumping|pouring|gushing|spurting|shaking|turning|turned|tight|sore|broken|empty|blue|grey|gray|cold|cleaned|"
                      r"loaded|switched|off|running|idling)\b)")
_ELISION = re.compile(r"(?<=\b[dljmnstc])'|(?<=\bqu)'")  # French "d'en", "j'ai", "qu'un" -> separate words
_PUNCT = re.compile(r"[.,;:!?¿¡\"“”«»()\[\]{}*_~\-–—+=<>|\\#^&%]")
_WORD_MAP = [(re.compile(rf"(?<![a-z0-9])(?:{src})(?![a-z0-9])"), dst) for src, dst in [
    (r"wanna", "want to"), (r"gonna", "going to"), (r"gotta", "got to"), (r"i am", "im"), (r"i m", "im"),
    (r"do not", "dont"), (r"does not", "doesnt"), (r"did not", "didnt"), (r"can ?not", "cant"), (r"will not", "wont"),
    (r"is not", "isnt"), (r"would not", "wouldnt"), (r"u", "you"), (r"ur", "your"), (r"r", "are"), (r"ppl", "people"),
    (r"(?:bc|cuz|coz|cos|b/c)", "because"), (r"rn", "right now"), (r"(?:2nite|2night|tonite)", "tonight"), (r"(?:tonites|2nites)", "tonights"), (r"abt", "about"),
    (r"(?:tmrw|tmr|tmrrw|2moro|tmoro)", "tomorrow"),
    (r"(?:pls|plz)", "please"), (r"idk", "dont know"), (r"idc", "dont care"), (r"kiling", "killing"), (r"kiled", "killed"), (r"(?:myslef|mysef|myslf|mysefl|maself|meself|myselfe|myselff|mself)", "myself"),
    (r"(?:wnat|wnt|wnana|watn)", "want"), (r"(?:di e|d ie)", "die"), (r"kil", "kill"),
    (r"un ?al(?:iv|vi)(?:ng|eing|in|ign)", "unaliving"),  # typed fast: "unalivng"
    # "thoughts of not wanting to live" is the lay name of suicidal thoughts: a mention, answered when it is a question
    (r"thoughts? of not wanting to (?:live|be alive|be here)", "suicidal thoughts"),
    (r"un ?alive(?= my (?!self\b)(?:\w+ )?(?:alarm|phone|laptop|computer|pc|printer|router|wifi|plants?|tamagotchi|character|sims?|"
     r"car|inbox|to ?do list|group project|essay|homework)\b)", "smash"),  # an object, not the visitor
    (r"un ?alive(?: my ?self| me)?(?! (?:him|her|them|someone|somebody|you|your ?self|ur ?self|yourselves|people|"
    r"everyone))", "kill myself"), (r"un ?alive", "kill"), (r"un ?aliving(?: my ?self)?(?! (?:him|her|them|someone|somebody|people))", "killing myself"), (r"un ?aliving", "killing"), (r"un ?alived", "killed"),
    (r"self ?delete", "kill myself"), (r"(?:sewer ?slide|commit sudoku|sudoku)", "suicide"), (r"ded", "dead"),
    (r"su+i*[cs]+i*d+i*a*l+", "suicidal"), (r"su+i*[cs]+i*d+e*", "suicide"), (r"od ?d", "odd"), (r"dye", "die"),
    (r"d+i+e+", "die"), (r"k+i+l+|kll", "kill"), (r"brain ?dead", "braindead"),
    (r"sui(?= (?:thoughts?|ideation|urges?|feelings?|attempt))", "suicidal"), (r"(feel|feeling|im|so) sui", r"\1 suicidal"),
    (r"(?<=to )b", "be"), (r"(kill|think|cutt|hurt|plann|dy|feel|go|try|tak|end|jump|hang|overdos|starv|wish|hop|yank|swerv|jerk|sweat|clutch|say|"
     r"breath|shak|bleed|vomit|fitt|chok|turn|fall|pass|struggl|shiver|convuls|foam|ly|seiz|collaps|drink)in", r"\1ing"),
    (r"anymor", "anymore"), (r"cuting", "cutting"), (r"beeing", "being"), (r"(?:anymroe|anymoer|anyomre|anymre)", "anymore"),
    (r"agian", "again"), (r"(?<=ive )ben", "been"),
    # text-speak numbers and letters (session 10): "goin 2 the bridge", "rather b dead", "safe 4 me", "b4", "enuf", "w meds"
    (r"(?<=going )2|2(?= (?:the|b|be|bed|sleep|die|end|it)\b)", "to"), (r"2(?= (?:much|many|late|far|strong|high)\b)|(?<=failed )2", "too"),
    (r"(?:(?<=rather )|(?<=would )|(?<=could )|(?<=should )|(?<=might )|(?<=cant )|(?<=wont )|(?<=never ))b", "be"), (r"4(?= (?:me|you|him|her|my|them)\b)", "for"),
    (r"b4|ba(?= (?:ketamine|my|the|an?|infusion|session|bed|work|school|taking|i|you|it)\b)", "before"), (r"(?:enuf|enuff|enof)", "enough"), (r"(?<=done )w(?= )|(?<=with )w(?= )|w/", "with"), (r"(?<=[a-z] )em", "them"),
    (r"(?<=every last )1", "one"), (r"better of(?= with)", "better off"), (r"with out(?= (?:me|him|her|them)\b)", "without"),
    # Scots and Caribbean spellings (session 11): "gonnae top himsel", "go tae sleep and no wake up", "mi cyaan tek it"
    (r"tae", "to"), (r"gonnae", "going to"), (r"wi(?= )", "with"), (r"himsel", "himself"), (r"hersel", "herself"),
    (r"(?:mysel|masel)", "myself"), (r"(?:cannae|cyaan|caan)", "cant"), (r"(?:dinnae|dinna)", "dont"), (r"whit", "what"),
    (r"waan", "want"), (r"tek", "take"), (r"nuh", "no"), (r"(?<=and )no(?= wake)", "not"), (r"ahm", "im"),
    (r"(?:(?<=can )|(?<=could )|(?<=should )|(?<=do )|(?<=will )|(?<=would ))ah", "i"),
    # "how much should I take, don't want to overdose": a wish to stay safe, not a wish to die (session 11)
    (r"(?:dont|do not|didnt|wouldnt) (?:want to |wanna )?(?:accidentally )?(?:overdose|od)(?! (?:but|though|yet|unless))",
     "stay within a safe dose"),
    # the meme "X makes me want to walk into the sea" about a chore (session 10); any other risk word still counts
    (r"(project|exam|essay|assignment|lecture|class|meeting|homework|traffic|weather|queue|form|paperwork|coursework|deadline|"
     r"commute|group chat|gc|song|game|match|episode|email|emails)s? (?:\w+ ){0,2}(?:makes?|made|making) me want to walk into the "
     r"(?:sea|ocean)", r"\1 is annoying"),
]]
_MASKED = re.compile(r"\b[a-z]+[*#]+[a-z*#]*")  # "s*icide", "f***", "sh#t": a word with masked letters
_MASK_VOCAB = ("suicide", "suicidal", "kill", "killing", "myself", "die", "dead", "death", "overdose", "slice", "slit",
               "wrists", "cut", "cutting", "hang", "fuck", "fucking", "shit", "bitch", "asshole", "dick", "cunt", "porn")
_SPACED = re.compile(r"(?<![a-z])(?:[a-z] ){2,}[a-z](?![a-z])")  # "d i e", "k-i-l-l" after punctuation -> "die", "kill"
_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(]))[\"“‘'«]([^\"”’'»\n]{2,60})[\"”’'»](?=[\s.,!?;:)]|$)")
_ARTICLE_TITLE = re.compile(r"\b(?:your|the|this|that|an?) (?:article|blog post|blog|post)\s+[\"“‘'«][^\"”’'»\n]{2,120}[\"”’'»]",
                            re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|ive|i'd|id|was me|mine)\b")
_TITLE_CUE = re.compile(r"\b(?:song|songs|sang|sing|sings|singer|band|album|track|lyrics|listen\w*|movie|film|show|series|"
                        r"episode|book|novel|read|reading|author|poem|title|watch\w*|podcast|article|blog|post|karaoke|singing|belt\w*)\b")


def _drop_titles(text: str) -> str:
    """Remove quoted Title-Cased spans when the message names a song, film or book ("who sang 'Suicide Is Painless'?"),
    and the quoted title of an article ("your article 'Why some people feel suicidal…'").
    Lower-case quotes ('my poem says "i want to die"') are kept: they may be the visitor's own words."""
    # an article's title, not the visitor's own words ("that post 'I want to kill myself' was me")
    text = _ARTICLE_TITLE.sub(lambda m: m.group(0) if _FIRST_PERSON.search(m.group(0).lower()) else " article ", text)

    def title(m: re.Match[str]) -> str:
        words = m.group(1).split()
        return " " if sum(w[:1].isupper() for w in words) * 2 > len(words) else m.group(0)
    outside = _QUOTED.sub(title, text)
    return outside if outside != text and _TITLE_CUE.search(outside.casefold()) else text


def _unmask(match: re.Match[str]) -> str:
    """A masked word back to the risk or abuse word it hides ("s*icidal" -> "suicidal"), else unchanged."""
    word = match.group(0)
    rx = re.compile(re.sub(r"[*#]+", lambda m: f"[a-z]{{1,{len(m.group(0)) + 1}}}", word) + r"\Z")
    return next((w for w in _MASK_VOCAB if rx.match(w)), word)


def normalise(message: str) -> list[str]:
    """Matching copies of a message: NFKC, case-folded, accents/leetspeak/slang/masking mapped; repeat-collapse variants
    and, when letters are spaced out ("d i e"), a joined variant."""
    text = _drop_titles(unicodedata.normalize("NFKC", message)).casefold().translate(_APOSTROPHES)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = _MASKED.sub(_unmask, text)
    text = _LEET_RUN.sub(lambda m: m.group(0).translate(_LEET), text)
    text = _NOUN_IS.sub(_noun_verb, text)
    text = _ELISION.sub(" ", text).replace("'", "")
    text = _PUNCT.sub(" ", text)
    bases = [text] + ([_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)] if _SPACED.search(text) else [])
    bases += [fixed for fixed in [repair(text)] if fixed not in bases]  # "nobody wuld notice" (safety_spelling)
    variants = []
    for base, repl in [(b, r) for b in bases for r in (r"\1\1", r"\1")]:
        variant = re.sub(r"([a-z])\1{2,}", repl, base)
        for pattern, dst in _WORD_MAP:
            variant = pattern.sub(dst, variant)
        variant = re.sub(NEGATED_MENTION, " negated_mention ", re.sub(r"\s+", " ", variant).strip())
        if variant not in variants:
            variants.append(variant)
    return variants


def _noun_verb(match: re.Match[str]) -> str:
    """ "chest's been" -> "chest has been", "blood's pumping" -> "blood is pumping"."""
    verb = "has" if re.match(r"(?:been|got|gone)\b", match.string[match.end():]) else "is"
    return f"{match.group(1)} {verb} "
