"""The Assistant facade: screen, retrieve, quote, compose; serves the newest published build."""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

import numpy as np

from .answer import Composer, escape, follow_ups, topic_list
from .calibration import Calibration
from .config import Settings
from .coverage import (
    QueryFeatures,
    alias_terms,
    expand,
    features,
    fix_does,
    load_aliases,
    load_classes,
    load_topics,
    topic_words,
)
from .definitions import defining_row, promote, quoted_row, unspelled_acronym
from .embedding import Embedder, make_embedder
from .followup import leans_on_previous, subjects, vocabulary, with_subject
from .overview import overview_hits, overview_kind
from .quoting import quote
from .records import Answer, Hit, Passage, SafetyDecision
from .rerank import Reranker
from .retrieval import LoadedIndex, search
from .risk import RiskModel, sentences
from .safety import screen
from .safety_text import SafetyText
from .serving import ServedIndex
from .spelling import english

log = logging.getLogger(__name__)
URGENT = frozenset({"crisis", "emergency"})
ADVICE = frozenset({"medical_advice", "stop_medication"})
ADVICE_BLOCKED_TAGS = frozenset({"dosing", "discontinuation_schedule"})
STICKY_BLOCKED_TAGS = frozenset({"mentions_suicide", "dosing"})
_PROFESSIONAL = re.compile(r"\bconsult\w*|healthcare professional|your (?:doctor|prescriber)", re.IGNORECASE)
FOLLOW_UP_TURNS = 3  # how far back a follow-up looks for the subject it leans on
SCREEN_CHARS = 20_000  # an over-long message is still screened for crisis, up to this much


class Assistant:
    """Answers questions from the published index; picks up new builds without a restart."""

    def __init__(self, settings: Settings, embedder: Embedder, text: SafetyText,
                 calibration: Calibration, risk: RiskModel | None = None) -> None:
        self.settings = settings
        self.aliases = load_aliases()
        # visitor words a typo may aim at: aliases and listed topics ("sesions" is still about sessions)
        self.typo_targets = frozenset(k for k in self.aliases if k.isalpha()) | topic_words()
        self.topics = load_topics()
        self.classes = load_classes()
        self.embedder = embedder
        self.reranker = Reranker(embedder, capacity=settings.rerank_passages)
        self.composer = Composer(text)
        self.calibration = calibration
        self.risk = risk  # None: the rules screen alone (a model with no fitted weights, or the fake embedder)
        self._served = ServedIndex(settings, embedder.name)
        self._left_out: tuple[frozenset[str], frozenset[str]] | None = None  # eval: (sources, questions)

    @classmethod
    def from_settings(cls, settings: Settings, embedder: Embedder | None = None) -> Assistant:
        """The assistant for these settings; the model loads on the first question, not here."""
        embedder = embedder or make_embedder(settings.model, batch_size=settings.batch_size)
        text = SafetyText.load(settings.safety_file, region=settings.region, clinic=settings.clinic)
        return cls(settings, embedder, text, Calibration.for_model(embedder.name, settings.min_score),
                   RiskModel.for_model(embedder.name))

    def index(self) -> LoadedIndex:
        """The current build, reloaded when CURRENT changes (checked every reload_seconds)."""
        return self._served.get()

    def warm_up(self) -> None:
        """Load the model, the passages' word vectors and the English speller now: the first visitor does not wait."""
        try:
            english()
            self.reranker.warm(self.index().chunks)
        except Exception as exc:  # an optimisation only: the first question reports any real error
            log.warning("could not warm up the speller or the passage word vectors (%s)", type(exc).__name__)

    def ask(self, question: str, *, after_crisis: bool = False, earlier: Sequence[str] = ()) -> Answer:
        """One reply for one message; every path ends in Composer.finish, so it has the disclaimer.

        `earlier` are the visitor's messages before this one, oldest first: a short follow-up that names no subject of
        its own ("is it safe?") is searched again with the subject of the latest that has one, and says so.
        """
        answer = self._reply(question, after_crisis)
        if not earlier or answer.route not in ("answer", "no_answer"):
            return answer
        return self._follow_up(question, earlier, answer, after_crisis)

    def _follow_up(self, question: str, earlier: Sequence[str], answer: Answer, after_crisis: bool) -> Answer:
        """The follow-up's reply with an earlier message's subject, if that answers it; else the reply it had."""
        known = vocabulary(self.index().stems, self.aliases)
        if not leans_on_previous(question, known):
            return answer
        limit = self.settings.max_question_chars
        subject = next((found for text in reversed(earlier[-FOLLOW_UP_TURNS:])
                        if (found := subjects(str(text)[:limit], known))), ())
        borrowed = with_subject(question, subject)
        if not subject or not self._covered_with(question, borrowed):
            return answer
        again = self._reply(borrowed, after_crisis)
        if again.route != "answer":
            return answer
        note = self.composer.text.render("follow_up_note", subject=escape(" ".join(subject)))
        return self.composer.finish(question, "answer", f"{note}\n\n{self.composer.quotes(again.passages)}",
                                    passages=again.passages, build_id=again.build_id, reminder=after_crisis,
                                    decision=again.decision)

    def _covered_with(self, question: str, borrowed: str) -> bool:
        """Whether the articles cover a follow-up once it has a subject: the borrowed words may make its passages
        closer, but only the visitor's own words count as known or unknown ("can I be in the room with her?")."""
        own, lent = self.coverage(question), self.coverage(borrowed)
        return self.calibration.covered(replace(own, dense=max(own.dense, lent.dense), listed=own.listed + lent.listed))

    def _reply(self, question: str, after_crisis: bool) -> Answer:
        """The reply to one message on its own."""
        cleaned = question.strip()
        decision = screen(cleaned[:SCREEN_CHARS])
        finish = self.composer.finish
        if decision.route in URGENT:
            return finish(question, decision.route, self.composer.route_body(decision, None), decision=decision)
        sticky = {"reminder": after_crisis, "decision": decision}
        if not cleaned:
            return finish(question, "no_answer", self.composer.text.render("empty_input"), **sticky)
        if len(cleaned) > self.settings.max_question_chars:
            body = self.composer.text.render("too_long", limit=str(self.settings.max_question_chars))
            return finish(question, "no_answer", body, **sticky)
        index = self.index()
        if "illicit_acquisition" in decision.signals:  # never quote clinic passages to help obtain drugs
            body = self.composer.no_answer(topic_list(index.titles), ())
            return finish(question, "no_answer", body, build_id=index.build_id, **sticky)
        found = self._search(index, cleaned, decision, after_crisis)
        if self._alarm(cleaned, found.vector):  # a crisis wording the rules do not know (risk.py)
            alarm = SafetyDecision("crisis", ("risk_model",), decision.language)
            return finish(question, "crisis", self.composer.route_body(alarm, None), decision=alarm)
        kind = overview_kind(cleaned)
        if kind and decision.route == "retrieve" and found.hits and not found.features.listed:
            hits = overview_hits(index.chunks, found.hits[0].chunk.article_id, kind, STICKY_BLOCKED_TAGS)
            passages = self._passages(hits, cleaned)
            return finish(question, "answer", self.composer.quotes(passages), passages=passages,
                          build_id=index.build_id, **sticky)
        # a spelled-out acronym answers "what does X stand for" on its own, unless a listed topic is also asked
        covered = (found.defined and not found.features.listed) or self.calibration.covered(found.features)
        if decision.route != "retrieve":
            passages = self._passages(_route_hit(found.hits, decision.route), cleaned) if covered else ()
            body = self.composer.route_body(decision, passages[0] if passages else None)
            return finish(question, decision.route, body, passages=passages, build_id=index.build_id, **sticky)
        if not found.hits or not covered:
            suggestions = follow_ups(found.hits)
            body = self.composer.no_answer(topic_list(index.titles), suggestions)
            return finish(question, "no_answer", body, suggestions=suggestions, build_id=index.build_id, **sticky)
        passages = self._passages(found.hits[:1] if found.defined else found.hits, cleaned)
        return finish(question, "answer", self.composer.quotes(passages), passages=passages,
                      build_id=index.build_id, **sticky)

    @contextmanager
    def leaving_out(self, sources: Collection[str], questions: Collection[str]) -> Iterator[None]:
        """Within the block, example questions from these sources, or asking these questions, do not count.

        `eval` uses it so a question set is never answered with the help of its own questions.
        """
        self._left_out = (frozenset(sources), frozenset(questions))
        try:
            yield
        finally:
            self._left_out = None

    def coverage(self, question: str) -> QueryFeatures:
        """The features the decline rule sees for a question (used to calibrate it)."""
        return self._search(self.index(), question.strip(), SafetyDecision("retrieve"), False).features

    def _search(self, index: LoadedIndex, question: str, decision: SafetyDecision, after_crisis: bool) -> Found:
        corrected = index.keyword.correct(fix_does(question), self.typo_targets)  # "ketamin" -> "ketamine"
        corrected = english().repair(corrected, index.keyword.words, self.typo_targets)  # "posible" -> "possible"
        terms = alias_terms(corrected, self.aliases)
        expanded = expand(corrected, terms)
        vector, words = self.embedder.embed_question(expanded, len(corrected))  # expand() only appends
        hits = search(index, vector, expanded, k=10)
        if self.reranker.applies_to(len(index.chunks)):
            hits = self.reranker.rerank(hits, words, self.reranker.term_words(terms))
        examples = index.examples if self._left_out is None else index.examples.without(*self._left_out)
        hits = examples.boost(hits, vector)
        row = defining_row(question, index.definitions)  # not the corrected text: "SSNRI" must not become "SSRI"
        defining = index.chunks[row] if row is not None else None
        if row is None and (row := quoted_row(question, index.plain_texts)) is not None:
            defining = index.chunks[row]  # the question quotes the article's own words: that passage answers it
        if row is not None:
            hits = promote(hits, defining, index.cosine(row, vector))
        blocked = (ADVICE_BLOCKED_TAGS if decision.route in ADVICE else set()) | (
            STICKY_BLOCKED_TAGS if after_crisis else set())
        hits = [h for h in hits if not blocked.intersection(h.chunk.tags)]
        best = max((h.dense for h in hits), default=0.0)
        defined = defining is not None and any(h.chunk == defining for h in hits)
        seen = features(corrected, best, index.stems, self.aliases, self.topics, self.classes)
        if acronym := unspelled_acronym(question, index.definitions):  # "what does NMDA stand for": never spelled out
            seen = replace(seen, listed=(*seen.listed, f"what {acronym} stands for"))
        return Found(hits, seen, defined, vector)

    def _alarm(self, message: str, vector: np.ndarray | None) -> bool:
        """Whether the risk classifier scores any sentence of the message as a likely crisis.

        A one-sentence message reuses the search's question vector, so most questions cost no extra encode.
        """
        if self.risk is None or vector is None:
            return False
        parts = sentences(message)
        vectors = vector.reshape(1, -1) if len(parts) == 1 else self.embedder.embed_documents(parts)
        return self.risk.alarms(vectors)

    def _passages(self, hits: list[Hit], question: str) -> tuple[Passage, ...]:
        """The first hit, then up to top_k-1 more from other sections nearly as close as the closest one."""
        chosen: list[Hit] = []
        closest = max((h.dense for h in hits), default=0.0)  # the rerank may put a less close passage first
        for hit in hits:
            if len(chosen) == self.settings.top_k:
                break
            sections = {(h.chunk.article_id, h.chunk.section) for h in chosen}
            if (hit.chunk.article_id, hit.chunk.section) in sections:
                continue
            if not chosen or hit.dense >= closest - self.calibration.margin:
                chosen.append(hit)
        return tuple(quote(h, question, max_chars=self.settings.max_quote_chars) for h in chosen)


@dataclass(frozen=True, slots=True)
class Found:
    """Search results for one question and the features of the question itself."""

    hits: list[Hit]
    features: QueryFeatures
    defined: bool = False  # the question names one passage: an acronym it spells out, or words the question quotes
    vector: np.ndarray | None = None  # the question's embedding, reused by the risk classifier


def _route_hit(hits: list[Hit], route: str) -> list[Hit]:
    """The one passage a routed reply may add: for personal advice, the first of the best three that sends the reader
    to a professional; otherwise (or if none does) the best."""
    professional = [h for h in hits[:3] if _PROFESSIONAL.search(h.chunk.text)] if route in ADVICE else []
    return (professional or hits)[:1]
