"""Answer-quality parts with the fake embedder: the rerank stage, topics the articles never cover, eval."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import bm25s
import numpy as np
import pytest

from assistant import Assistant, HashingEmbedder, Settings, build_index
from assistant.coverage import alias_terms, features, load_aliases, load_topics
from assistant.definitions import defining_row, find_definitions, plain_texts, promote, quoted_row, unspelled_acronym
from assistant.embedding import content_pieces
from assistant.evaluation import Question, evaluate, load_questions
from assistant.keyword import STOPWORDS, KeywordIndex, _stem, tokenize
from assistant.records import Answer, Chunk, Hit
from assistant.rerank import Reranker, is_summary, late_interaction, within_articles


def _chunk(article: str, ordinal: int, text: str) -> Chunk:
    return Chunk(article, ordinal, article.title(), "Section", text, 0, len(text))


def test_late_interaction_is_the_mean_best_match_of_each_question_word() -> None:
    question = np.eye(3, dtype=np.float32)[:2]  # two words: axes 0 and 1
    passage = np.array([[1, 0, 0], [0, 0.6, 0.8]], dtype=np.float16)
    assert abs(late_interaction(question, passage) - (1.0 + 0.6) / 2) < 1e-3
    assert late_interaction(question, passage[:0]) == 0.0
    # an alias term counts once, as the mean of its own words' best matches
    alias = [np.eye(3, dtype=np.float32)[[0, 2]]]
    assert abs(late_interaction(question, passage, alias) - (1.0 + 0.6 + 0.9) / 3) < 1e-3


def test_within_articles_reorders_passages_but_keeps_each_articles_places() -> None:
    hits = [Hit(_chunk("a", 0, "x"), 1.0), Hit(_chunk("b", 0, "y"), 2.0), Hit(_chunk("a", 1, "z"), 3.0),
            Hit(_chunk("b", 1, "w"), 0.5)]
    order = [(h.chunk.article_id, h.chunk.ordinal) for h in within_articles(hits)]
    assert order == [("a", 1), ("b", 0), ("a", 0), ("b", 1)]


def test_rerank_moves_up_the_passage_that_says_what_was_asked() -> None:
    general = Hit(_chunk("a", 0, "SSRIs are a common treatment for depression and anxiety."), 1.00)
    specific = Hit(_chunk("a", 1, "SSRIs can cause weight gain and trouble sleeping."), 0.95)
    other = Hit(_chunk("b", 0, "Parking is free for patients."), 0.90)
    embedder = HashingEmbedder(1024)
    words = embedder.embed_words(["do ssris cause weight gain"])[0]
    reranked = Reranker(embedder).rerank([general, other, specific], words)
    assert [h.chunk.ordinal for h in reranked if h.chunk.article_id == "a"] == [1, 0]
    assert reranked[1] == other  # the other article keeps its place
    assert reranked[0].late > reranked[2].late and reranked[0].score > specific.score


def test_summary_sections_are_the_introduction_and_conclusion_like_headings() -> None:
    def section(name: str) -> Chunk:
        return replace(_chunk("a", 0, "x"), section=name)

    for name in ("Introduction", "Conclusion:", "5. Conclusions > Next steps", "In Summary", "Key takeaways",
                 "Concluding remarks"):
        assert is_summary(section(name)), name
    for name in ("Side Effects", "How Ketamine Differs > Summary of studies", "Summaryland", "Concluding"):
        assert not is_summary(section(name)), name


def test_rerank_prefers_the_body_section_over_an_introduction_that_sums_it_up() -> None:
    text = "Ketamine can relieve depression within hours."
    intro = Hit(replace(_chunk("a", 0, text), section="Introduction"), 1.0)
    body = Hit(replace(_chunk("a", 1, text), section="Faster Onset"), 1.0)
    embedder = HashingEmbedder(256)
    words = embedder.embed_words(["how fast does ketamine work"])[0]
    assert [h.chunk.ordinal for h in Reranker(embedder).rerank([intro, body], words)] == [1, 0]
    # with the prior off, equal scores keep the first stage's order
    unbiased = Reranker(embedder, summary_prior=0.0).rerank([intro, body], words)
    assert [h.chunk.ordinal for h in unbiased] == [0, 1]


class _Counting(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(64)
        self.word_texts = 0

    def embed_words(self, texts):  # noqa: ANN001, ANN201
        self.word_texts += len(texts)
        return super().embed_words(texts)


def test_passage_word_vectors_are_cached_and_the_cache_is_bounded() -> None:
    embedder = _Counting()
    reranker = Reranker(embedder, capacity=2)
    chunks = [_chunk("a", i, f"passage number {i} about ketamine") for i in range(3)]
    reranker.passage_words(chunks[:2])
    reranker.passage_words(chunks[:2])
    assert embedder.word_texts == 2  # the second call was served from the cache
    reranker.passage_words(chunks[:1])  # passage 0 is now the most recently used
    reranker.passage_words(chunks[2:])
    assert embedder.word_texts == 3 and len(reranker._cache) == 2  # the least recently used (1) was dropped
    reranker.passage_words(chunks[:1])
    assert embedder.word_texts == 3
    reranker.term_words(["SSRIs", "SSRIs"])
    reranker.term_words(["SSRIs"])
    assert embedder.word_texts == 4 and len(reranker._cache) == 2  # alias terms are cached apart


def test_content_pieces_skip_special_tokens_punctuation_and_whole_stop_words() -> None:
    pieces = ["[CLS]", "what", "is", "ke", "##tam", "##ine", "?", "[SEP]"]
    assert content_pieces(pieces) == [3, 4, 5]
    assert content_pieces(["[CLS]", "is", "##land", "[SEP]"]) == [1, 2]  # "is" starts a longer word here


def test_alias_terms_are_the_articles_words_once_each_in_order() -> None:
    aliases = {"prozac": ("SSRIs", "antidepressants"), "zoloft": ("SSRIs",), "meds": ("medications",)}
    assert alias_terms("Prozac or Zoloft meds?", aliases) == ["SSRIs", "antidepressants", "medications"]
    assert alias_terms("nothing here", aliases) == []
    assert alias_terms("prozacs and mymeds", aliases) == []  # whole words only


def test_a_misspelt_alias_word_is_corrected_to_it() -> None:
    index = KeywordIndex.build(["Ketamine has a lower risk of physical dependence."])
    assert index.correct("is ketamine adictive", frozenset({"addictive"})) == "is ketamine addictive"
    assert index.correct("is ketamin adictive") == "is ketamine adictive"  # corpus words only, without them


def test_phrase_aliases_match_as_a_whole_with_either_apostrophe() -> None:
    aliases = load_aliases()
    for question in ("What if SSRIs don't work for me?", "what if ssris dont work", "my meds don’t work"):
        assert "treatment resistance" in alias_terms(question, aliases), question
    assert "treatment resistance" not in alias_terms("I don't workout much", aliases)
    assert alias_terms("SSRIs didnt work", aliases) == alias_terms("SSRIs didn’t work", aliases) != []


def test_question_about_a_listed_topic_no_article_mentions_is_declined(assistant: Assistant) -> None:
    answered = assistant.ask("How long do SSRIs take to work?")
    assert answered.route == "answer"
    declined = assistant.ask("How much do SSRIs cost?")  # "SSRIs" matches well, but no article covers cost
    assert declined.route == "no_answer" and declined.passages == ()
    assert declined.disclaimer in declined.reply


def test_listed_topics_match_by_stem(assistant: Assistant) -> None:
    question = "Is it safe for a teenager on SSRIs?"  # the list says "teenagers"; no mini-corpus article does
    assert assistant.coverage(question).listed == ("teenager",)
    assert assistant.ask(question).route == "no_answer"


def test_words_of_an_alias_phrase_are_known_so_sex_drive_is_not_driving() -> None:
    aliases, topics = load_aliases(), load_topics()
    stems = frozenset({"ssri", "sexual", "dysfunct", "ketamin", "home"})
    assert features("can lexapro mess with my sex drive", 0.5, stems, aliases, topics).listed == ()
    assert features("can I drive home after ketamine", 0.5, stems, aliases, topics).listed == ("drive",)
    assert features("is wellbutrin better than lexapro", 0.5, stems, aliases, topics).listed == ("wellbutrin",)


def test_negative_contractions_are_spelled_out_not_counted_as_unknown_names() -> None:
    """"isn't" used to leave the non-word "isn", which counted as an unknown subject and declined the question."""
    stems = frozenset({"ssri", "anyth", "els", "ketamin", "weight", "gain", "caus"})
    aliases = load_aliases()
    for question in ("my lexapro isn't doing anything, what else is there", "my lexapro isnt doing anything",
                     "my lexapro isn’t doing anything", "why doesn't ketamine cause weight gain"):
        assert features(question, 0.5, stems, aliases).unknown_topics == 0, question
    assert features("my lexapro isnt doing anything", 0.5, stems, aliases) == features(
        "my lexapro is not doing anything", 0.5, stems, aliases)


def test_body_effects_and_ways_of_giving_it_are_listed_topics() -> None:
    aliases, topics = load_aliases(), load_topics()
    stems = frozenset({"ketamin", "rais", "caus", "side", "effect", "ssri", "treatment", "get"})
    listed = features("does ketamine raise your blood pressure", 0.5, stems, aliases, topics).listed
    assert listed == ("blood", "pressure")
    assert features("does ketamine cause nausea", 0.5, stems, aliases, topics).listed == ("nausea",)
    assert features("can I get ketamine as a nasal spray", 0.5, stems, aliases, topics).listed == ("nasal", "spray")
    assert features("side effects of ketamine treatment", 0.5, stems, aliases, topics).listed == ()


def test_speed_and_duration_words_point_to_onset_and_long_term_effects() -> None:
    aliases = load_aliases()
    assert "faster onset" in alias_terms("which one works quicker, ketamine or an SSRI?", aliases)
    assert "long-term side effects" in alias_terms("problems with taking SSRIs long term", aliases)
    assert "long-term side effects" not in alias_terms("how long does the infusion take", aliases)


def test_a_listed_word_is_excused_by_its_context_words(tmp_path: Path) -> None:
    listing = tmp_path / "topics.yaml"
    listing.write_text("- cost\n- last: [side, week]\n", encoding="utf-8")
    topics = load_topics(listing)
    assert topics == {"cost": frozenset(), "last": frozenset({"side", "week"})}
    stems = frozenset({"relief", "ketamin", "effect", "stop", "zoloft"})
    assert features("how long does the relief last", 0.5, stems, {}, topics).listed == ("last",)
    assert features("how long is ketamine relief lasting", 0.5, stems, {}, topics).listed == ("lasting",)
    assert features("how long do the side effects last", 0.5, stems, {}, topics).listed == ()
    assert features("I stopped zoloft last week", 0.5, stems, {}, topics).listed == ()


def test_a_listed_topic_counts_only_while_no_article_mentions_it(settings: Settings, embedder) -> None:
    (settings.corpus_dir / "prices.md").write_text(
        "# Prices\n\n## What SSRIs cost\n\nA month of generic SSRIs usually costs less than a co-pay.\n",
        encoding="utf-8")
    build_index(settings, embedder)
    answer = Assistant.from_settings(settings, embedder).ask("How much do SSRIs cost?")
    assert answer.route == "answer" and "co-pay" in answer.passages[0].text


class _Scripted:
    """Stands in for the assistant in eval tests: replies with a fixed route and no quote."""

    def __init__(self, route: str) -> None:
        self.route = route

    def ask(self, question: str, earlier: tuple[str, ...] = ()) -> Answer:
        return Answer(question, self.route, "reply", "disclaimer")

    @contextmanager
    def leaving_out(self, sources: object, questions: object) -> Iterator[None]:
        yield


def test_eval_counts_any_reply_without_a_quote_as_declined(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    rows = [{"question": "Can I drink alcohol on SSRIs?", "decline": True},
            {"question": "How do SSRIs work?", "expect_any": ["serotonin"]}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate(_Scripted("medical_advice"), load_questions(path))  # type: ignore[arg-type]
    assert (report.decline_recall, report.false_declines, report.found_at_1) == (1.0, 1.0, 0.0)


def test_acronyms_spelled_out_in_an_article_are_found_and_asked_about() -> None:
    text = "Medicines such as Selective Serotonin Reuptake Inhibitors (SSRIs) are common. Ketamine (an NMDA drug)."
    definitions = find_definitions([_chunk("a", 0, "Nothing here (NB)."), _chunk("a", 1, text)])
    assert definitions == {"SSRI": 1}  # "NB" and "an NMDA drug" are brackets, not spelled-out acronyms
    for question in ("What does SSRI stand for?", "what do ssris stand for", "whats an SSRI mean",
                     "full form of ssri", "meaning of SSRIs", "What does SSRI actually stand for?",
                     "What does the abbreviation SSRI stand for?"):
        assert defining_row(question, definitions) == 1, question
    for question in ("How do SSRIs work?", "what is an SSRI", "what does NMDA stand for", "what does it mean",
                     "So ketamine works faster, meaning SSRIs are slower?"):
        assert defining_row(question, definitions) is None, question
    everyday = {"HE": 0, "ALL": 0}  # acronyms that are also everyday words count only when written in capitals
    assert defining_row("treatment resistant, what does he mean?", everyday) is None
    assert defining_row("What is the meaning of all these side effects?", everyday) is None
    assert defining_row("What does HE stand for?", everyday) == 0
    assert defining_row("Could you kindly explain what the abbreviation SSRI stands for?", definitions) == 1


def test_asking_to_spell_out_an_acronym_no_article_spells_out_is_not_covered() -> None:
    """The articles say "NMDA receptor antagonist" but never what NMDA stands for: quoting them would not answer."""
    definitions = {"SSRI": 1}
    for question in ("What does NMDA stand for?", "what's NMDA short for", "full form of NMDA"):
        assert unspelled_acronym(question, definitions) == "NMDA", question
    for question in ("What does SSRI stand for?", "What does NMDA do?", "what is NMDA", "what does nmda mean",
                     "What does the treatment stand for in the long run?"):
        assert unspelled_acronym(question, definitions) is None, question


def test_promote_puts_the_defining_passage_first_once() -> None:
    hits = [Hit(_chunk("a", 0, "x"), 2.0), Hit(_chunk("a", 1, "y"), 1.0)]
    promoted = promote(hits, hits[1].chunk, 0.4)
    assert [h.chunk.ordinal for h in promoted] == [1, 0] and promoted[0].score > 2.0 and promoted[0].dense == 0.4


def test_definition_question_quotes_the_spelled_out_acronym(settings: Settings, embedder) -> None:
    (settings.corpus_dir / "terms.md").write_text(
        "# Terms\n\n## Medicines\n\nDoctors often start with Selective Serotonin Reuptake Inhibitors (SSRIs). "
        "Other options exist.\n", encoding="utf-8")
    build_index(settings, embedder)
    assistant = Assistant.from_settings(settings, embedder)
    answer = assistant.ask("What does SSRI stand for?")
    assert len(answer.passages) == 1  # the definition, not SSRI passages that merely follow it
    assert "Selective Serotonin Reuptake Inhibitors (SSRIs)" in answer.passages[0].text
    mixed = assistant.ask("What does SSRI stand for, and how much do they cost?")  # a listed topic still declines
    assert mixed.route == "no_answer" and mixed.passages == ()


def test_rerank_is_off_above_the_passage_limit_and_with_zero(settings: Settings, embedder) -> None:
    build_index(settings, embedder)
    passages = len(Assistant.from_settings(settings, embedder).index().chunks)
    assert Assistant.from_settings(settings, embedder).reranker.applies_to(passages)
    for limit in (0, passages - 1):
        small = Assistant.from_settings(replace(settings, rerank_passages=limit), embedder)
        assert not small.reranker.applies_to(passages)
        answer = small.ask("How long do SSRIs take to work?")
        assert answer.route == "answer" and answer.passages
        assert small.reranker._cache == {}  # no word vectors were computed


def test_tokenize_gives_the_same_tokens_as_bm25s() -> None:
    article = (Path(__file__).parent.parent / "corpus" / "ketamine-vs-ssris.txt").read_text(encoding="utf-8")
    texts = [*article.splitlines(), "What's the dose? I'd like 20mg…", "", "???", "thanks", "SSRIs’ side-effects"]
    expected = bm25s.tokenize(texts, stopwords=STOPWORDS, stemmer=_stem, return_ids=False, show_progress=False)
    assert tokenize(texts) == expected


def test_an_infusion_question_about_its_effect_is_covered_but_one_about_its_schedule_is_not() -> None:
    """'infusion' is how ketamine is given: excused by words about what it does, listed otherwise (topics.yaml)."""
    aliases, topics = load_aliases(), load_topics()
    stems = frozenset({"ketamin", "help", "within", "hour", "soon", "feel", "better", "make", "dizzi", "need", "fast"})
    for question in ("Can a ketamine infusion help within hours?", "How soon after an infusion will I feel better?",
                     "can an infusion make me dizzy"):
        found = features(question, 0.5, stems, aliases, topics)
        assert found.listed == () and found.all_known, question
    assert features("How many infusions will I need?", 0.5, stems, aliases, topics).listed == ("infusions",)
    assert features("Should I fast before my infusion?", 0.5, stems, aliases, topics).listed == ("infusion",)
    assert features("how do I taper off sertraline", 0.5, stems, aliases, topics).listed == ("taper",)


def test_chat_shorthand_and_idioms_are_the_articles_words() -> None:
    aliases, topics = load_aliases(), load_topics()
    stems = frozenset({"ketamin", "side", "effect", "weight", "gain", "make", "peopl", "feel", "better", "blog", "say",
                       "differ", "ssri", "whats", "quick"})
    for question in ("ket sfx?", "will it make me put on weight?", "ssri vs ket whats the diff",
                     "what does the article say", "ket how quick do ppl feel better"):
        assert features(question, 0.5, stems, aliases, topics).all_known, question
    assert "side effects" in alias_terms("ket sfx?", aliases) and "weight gain" in alias_terms("put on weight", aliases)
    assert features("does sertraline cause hair loss", 0.5, stems, aliases, topics).listed == ("hair",)


def test_calibration_leaves_out_the_questions_other_rules_decide(assistant: Assistant, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Listed topics are declined by topics.yaml and overview questions answered by overview.py: not fitted."""
    from assistant import calibration as calib
    from assistant.evaluation import calibrate

    seen: list[int] = []
    monkeypatch.setattr(calib, "fit", lambda model, rows, source: seen.append(len(rows)) or calib.Calibration(model))
    monkeypatch.setattr(calib, "save", lambda fitted: None)
    questions = [Question("How long do SSRIs take to work?", expect_any=("weeks",)),
                 Question("what is this article about", expect_any=("x",)),
                 Question("how much does it cost", decline=True), Question("capital of France", decline=True)]
    calibrate(assistant, questions, source="q.jsonl")
    assert seen == [2]


def test_a_misspelt_topic_word_is_still_the_topic(assistant: Assistant) -> None:
    """Typos are corrected towards the listed topics too: "sesions" is a question about sessions."""
    assert assistant.coverage("how many ketamine sesions will i need").listed == ("sessions",)
    assert assistant.coverage("does my insurence cover it").listed == ("insurance",)
    assert assistant.ask("does my insurence cover it").route == "no_answer"


def test_dose_written_for_does_is_not_the_dose_topic() -> None:
    from assistant.coverage import fix_does

    assert fix_does("how fast dose ketamine work") == "how fast does ketamine work"
    assert fix_does("dose ketamine help with anxiety?") == "does ketamine help with anxiety?"
    for question in ("what dose of ketamine is safe", "the dose is too high", "is my dose ok for me"):
        assert fix_does(question) == question
    aliases, topics = load_aliases(), load_topics()
    stems = frozenset({"ketamin", "feel", "afterward", "fast", "work"})
    assert features("Will I feel lightheaded or spaced out afterwards, and does it last?", 0.5, stems, aliases,
                    topics).listed == ()


def test_letters_spelled_out_and_split_words_are_joined_to_the_corpus_word() -> None:
    """Speech-to-text writes "p t s d" and "neuro plasticity"; the corpus writes "PTSD" and "neuroplasticity"."""
    index = KeywordIndex.build(["Ketamine may help PTSD and restores neuroplasticity, unlike antidepressants."])
    assert index.correct("can ketamine treat p t s d") == "can ketamine treat ptsd"
    assert index.correct("what is s.s.r.i") == "what is ssri"
    assert index.correct("what is neuro plasticity") == "what is neuroplasticity"
    assert index.correct("normal anti depressants vs ketamine") == "normal antidepressants vs ketamine"
    assert index.correct("ketamine may help") == "ketamine may help"  # both halves known: "mayhelp" is no word
    assert index.correct("is a b") == "is a b"  # two letters may be words


def test_a_word_spelled_by_ear_becomes_the_one_corpus_word_it_sounds_like() -> None:
    """ "ketameen" is three letters off "ketamine" but sounds the same; "sideefects" is two words, one misspelt."""
    index = KeywordIndex.build(["Ketamine has fewer side effects and may restore neuroplasticity."])
    assert index.correct("would ketameen be worth a shot") == "would ketamine be worth a shot"
    assert index.correct("sideefects?") == "side effects?"
    assert index.correct("neuroplastisity") == "neuroplasticity"
    assert index.correct("ktmn") == "ktmn"  # too short a word to guess by sound
    two = KeywordIndex.build(["ketamine and ketamin-like drugs: katamine"])  # two corpus words sound alike
    assert two.correct("ketameen") == "ketameen"  # no single word to choose: left alone


def test_a_question_quoting_the_articles_words_names_their_passage() -> None:
    chunks = [_chunk("a", 0, "SSRIs can take weeks to work."),
              _chunk("a", 1, "It may treat even the most stubborn cases of depression.")]
    texts = plain_texts(chunks)
    assert quoted_row("what does 'stubborn cases' refer to", texts) == 1
    assert quoted_row("you wrote “Stubborn  cases of depression” – context?", texts) == 1  # case and spaces differ
    assert quoted_row("what does 'weeks' mean", texts) is None  # one everyday word is not a quote of a passage
    assert quoted_row("why is it called 'stubborn'?", texts) == 1  # one uncommon word only that passage uses
    two = [*texts, "stubborn stains are another matter."]
    assert quoted_row("why is it called 'stubborn'?", two) is None  # ...but not when two passages use it
    assert quoted_row("what does 'miracle cure' mean", texts) is None  # not the article's words
    assert quoted_row("my doctor's advice was 'wait and see'", texts) is None


def test_a_quoted_phrase_is_answered_with_its_passage(assistant: Assistant) -> None:
    chunks = assistant.index().chunks
    target = chunks[-1]
    phrase = next(m.group(0) for m in re.finditer(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", target.text)
                  if sum(m.group(0).lower() in c.text.lower() for c in chunks) == 1)  # words of one passage only
    answer = assistant.ask(f"what does '{phrase}' refer to")
    assert answer.route == "answer" and answer.passages[0].chunk == target


def test_everyday_typos_are_repaired_before_the_decline_rule_sees_them(assistant: Assistant) -> None:
    """ "posible", "increse" are not words of the corpus, but they are not a new subject either (spelling.english)."""
    typed, spelled = "Is it posible for an SSRI to increse anxiety?", "Is it possible for an SSRI to increase anxiety?"
    assert assistant.coverage(typed) == assistant.coverage(spelled)
    assert assistant.ask(typed).route == assistant.ask(spelled).route
