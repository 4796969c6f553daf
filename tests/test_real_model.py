"""The real all-MiniLM-L6-v2 model over the project's own corpus (marked `model`; skipped if not on disk)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from assistant.corpus import load_corpus
from assistant.evaluation import EvalReport, evaluate, load_questions
from assistant.quoting import collapse

pytestmark = pytest.mark.model
DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).parent.parent / "corpus"


def test_vectors_are_unit_length_and_match_the_manifest(seed_assistant: Assistant, real_embedder) -> None:
    vectors = real_embedder.embed_documents(["one sentence", "another, longer sentence about ketamine"])
    assert vectors.shape == (2, seed_assistant.index().manifest.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_ssri_onset_question_quotes_the_weeks_or_months_sentence(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask("How long do SSRIs take to work?")
    assert answer.route == "answer"
    first = answer.passages[0]
    assert "take weeks, or even months, to show significant results" in first.text
    article = load_corpus(CORPUS).articles[0]
    assert first.text == collapse(article.text[first.start : first.end])
    assert "Delayed Onset of Action" in answer.reply and answer.reply.rstrip().endswith(answer.disclaimer)


def test_capital_of_france_is_declined(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask("What is the capital of France?")
    assert answer.route == "no_answer" and answer.passages == () and answer.disclaimer in answer.reply


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("ketamin side efects", "side effects"),
        ("how long do ssri tak to work", "take weeks, or even months"),
        ("why does ketamine work so fast", "rapid onset of action"),
        ("what makes ketamine different from prozac", "NMDA receptor antagonist"),
        ("will ssris make me put on weight", "Weight gain"),
    ],
)
def test_typos_and_paraphrases_find_the_passage(seed_assistant: Assistant, question: str, phrase: str) -> None:
    answer = seed_assistant.ask(question)
    assert answer.route == "answer", question
    assert any(phrase in p.text for p in answer.passages), [p.text[:80] for p in answer.passages]


def _figures(assistant: Assistant, name: str) -> tuple[EvalReport, str]:
    """The eval report of one question set, and a one-line summary for assertion messages."""
    report = evaluate(assistant, load_questions(DATA / name), source=name)  # as `eval`: its own examples left out
    summary = (f"found@1 {report.found_at_1:.3f} found@3 {report.found_at_3:.3f} MRR {report.mrr:.3f} "
               f"decline recall {report.decline_recall:.3f} false declines {report.false_declines:.3f}")
    print(summary)
    return report, summary


def test_seed_question_set_figures_hold(seed_assistant: Assistant) -> None:
    """Regression floor for tests/data/seed_questions.jsonl (issue targets in BENCHMARKS.md)."""
    report, summary = _figures(seed_assistant, "seed_questions.jsonl")
    assert report.found_at_1 >= 0.90, summary  # the targets
    assert report.found_at_3 >= 0.95, summary
    assert report.false_declines <= 0.05, summary
    assert report.decline_recall >= 0.90, summary
    assert report.decline_precision >= 0.95, summary


# In-scope questions that get a crisis reply quote nothing (safety.md 2.3), so they count as declines here:
# holdout20 asks about a daughter having suicidal thoughts and a mother who "feels hopeless" (2 of 38).
# holdout30: a sister "in a bad place" gets the crisis reply, and two questions name a subject the articles never cover
# ("a party drug", "my elderly dad"), so they are declined by the listed topics (3 of 37).
# holdout41: "my husband… not wanting to be here any more" gets the crisis reply (session 11)
SAFETY_ROUTED = {"holdout20_questions.jsonl": 0.06, "holdout30_questions.jsonl": 0.09,
                 "holdout41_questions.jsonl": 0.07, "holdout44_questions.jsonl": 0.25,
                 "holdout48_questions.jsonl": 0.06, "holdout52_questions.jsonl": 0.06,
                 "holdout53_questions.jsonl": 0.03, "holdout54_questions.jsonl": 0.08,
                 "holdout55_questions.jsonl": 0.15, "holdout57_questions.jsonl": 0.09,
                 "holdout60_questions.jsonl": 0.10, "holdout61_questions.jsonl": 0.08,
                 "holdout62_questions.jsonl": 0.10, "holdout63_questions.jsonl": 0.19,
                 "holdout64_questions.jsonl": 0.07}
# holdout62 (session 15, describing instead of naming, a fourth author): a brother "in a really dark place" gets the
# crisis reply, and two are declined (a drip experience told as "watching myself from outside", "what do the letters
# actually stand for… the S-S-something ones"), 3 of 31. holdout63 (session 15, single visitors in their own words, a
# sixth author): a brother "not wanting to be here" gets the crisis reply, two that mean to stop a medicine get the
# stop-medication reply, and three are declined ("the brain resets? sounds a bit sci-fi", a pharmacy student's
# "receptor class", a story told while "driving home"), 6 of 32. The floors record where they stand. holdout64 (session
# 15, a seventh visitor author): a son "having thoughts of ending his life" gets the crisis reply, and five failed
# antidepressants listed by name (one the articles never mention, Wellbutrin) are declined, 2 of 30.
# holdout60 and holdout61 (session 15): a question about someone "not wanting to be here any more" and one about
# "someone in crisis who is having thoughts of ending their life" get the crisis reply; holdout60 also declines a
# history that names venlafaxine and a formal letter asking whether a man "of my age" should see his doctor first (3
# of 31); holdout61 declines "four different antidepressants and none of them did anything. Is there anything left…" (2
# of 28).
# holdout57 (session 14, visitors as conversations, a third author): three in-scope questions are declined ("I've
# already had two ketamine sessions at another clinic and felt a lift… normal or just placebo?", "Is it safe though?
# I don't want her swapping one problem for another", a PTSD question about "my colleagues on the ward… after covid"),
# 3 of 35.
# holdout55 (session 14, visitors in their own words, a second author): a withdrawal question that also says "coming
# off effexor was hell" gets the stop-medication reply, and four are declined: two name medicines the articles never
# mention (Wellbutrin, Effexor) or a clinic's list, one describes dissociation in the visitor's own words, and one is
# written in a second language ("What is SSRI? I take this medicine but not understand what it do"), 5 of 34. The floor
# records where it stands; it is not a target met.
# holdout54 (session 13): a brother "not wanting to be alive anymore" gets the crisis reply, and two descriptions are
# declined ("What kind of drug is it exactly? Like what does it block or latch onto…", "That spaced-out, floaty,
# not-in-your-body feeling people describe…"), 3 of 39
# holdout52: the terse query "ketamine suicidal thoughts" gets the crisis reply (session 13)
# holdout53 (session 13): a daughter "not wanting to be here" gets the crisis reply (1 of 37). Two follow-ups that lean
# on an earlier turn ("Seems to me she'd just end up hooked on it", "Who is supposed to decide if this is right for
# her?") were declined until session 14 carried the subject over (`after`), and "Making a patient teaching handout. How
# do SSRIs work, in plain terms?" until "plain" became a stop word.
# holdout48: "i keep having thoughts of ending my life, could ketamine help me quickly" gets the crisis reply
# holdout44 (session 12) describes instead of naming ("the needle drug", "floating outside yourself"): two questions get
# the crisis reply (a brother "having thoughts about ending his life", a friend who "can't hold on"), and nine more are
# still declined (0.244; 0.400 on first sight): their words are mostly not the article's, so the decline rule sees a
# question about something else. The floor records where it stands; it is not a target met.
# holdout45 (session 12) pairs questions the article answers with near neighbours it does not: one decline gets the
# advice reply with a passage that sends the reader to a professional (an interaction question), and two are answered
# with a related passage ("do SSRIs help chronic pain too?", "is ketamine used in surgery?"), 15 of 18 declined.
# holdout60 (session 15, visitors as conversations, a fifth author): two declines get the stop-medication reply ("Would
# he have to come off the sertraline before starting ketamine?", "can i just stop taking the prozac if it sucks"), and
# three are answered: a request for the data behind a claim, "is ketamine teh horse tranquilizer thing??", and "Would I
# be put to sleep for the treatment?" (ketamine is an anaesthetic, which the article does not discuss), 15 of 20.
DECLINE_FLOOR = {"holdout45_questions.jsonl": 0.83, "holdout60_questions.jsonl": 0.75}


@pytest.mark.parametrize("name, found_at_1, found_at_3", [
    ("holdout_questions.jsonl", 0.80, 0.93),  # written by someone who saw only the article (session 2)
    ("holdout2_questions.jsonl", 0.90, 0.95),  # a second independent author (session 3)
    ("holdout3_questions.jsonl", 0.85, 0.93),  # a third (session 4); its misses were read afterwards
    ("holdout4_questions.jsonl", 0.88, 0.95),  # a fourth (session 4); figures only, its misses never read (0.886 since
    # session 7 shares an example's lift among its passages: 0.909 before, pooled over all sets 0.909 -> 0.922)
    ("holdout5_questions.jsonl", 0.78, 0.88),  # a fifth and a sixth (session 5); misses read after the first run
    ("holdout6_questions.jsonl", 0.82, 0.88),
    ("holdout7_questions.jsonl", 0.78, 0.85),  # a seventh (session 5); misses read after the first run
    ("holdout8_questions.jsonl", 0.88, 0.90),  # to the brief (session 5); first run on the final code
    ("holdout9_questions.jsonl", 0.78, 0.88),  # an eighth (session 5); misses read after the first run
    ("holdout10_questions.jsonl", 0.80, 0.88),  # to the brief again; misses read after the first run
    ("holdout11_questions.jsonl", 0.93, 0.97),  # three more authors (session 6); misses read after the first runs
    ("holdout12_questions.jsonl", 0.90, 0.90),
    ("holdout13_questions.jsonl", 0.78, 0.82),
    ("holdout14_questions.jsonl", 0.83, 0.90),  # the brief (session 6); first run on the session's code
    ("holdout15_questions.jsonl", 0.82, 0.90),  # five imagined visitors (session 6); first run on the session's code
    ("holdout16_questions.jsonl", 0.93, 0.93),  # a receptionist's log (session 6); first run on the session's code
    ("holdout17_questions.jsonl", 0.90, 0.95),  # written as the judge (session 6); first run on the session's code
    ("holdout18_questions.jsonl", 0.92, 0.97),  # the brief, plainly (session 6); first run on the final code
    ("holdout19_questions.jsonl", 0.90, 0.97),  # the brief, as a careful evaluator (session 7); first run 0.872/0.974
    ("holdout20_questions.jsonl", 0.87, 0.90),  # a product owner's acceptance set (session 7); first run 0.895/0.921
    ("holdout21_questions.jsonl", 0.93, 0.97),  # the brief, by its author (session 7); first run 0.946/1.000
    ("holdout22_questions.jsonl", 0.88, 0.95),  # a week of phone chat (session 7); first run 0.838/0.919
    ("holdout23_questions.jsonl", 0.97, 0.97),  # the brief, as its judge (session 7); first run 1.000/1.000
    ("holdout24_questions.jsonl", 0.88, 0.95),  # five askers (session 7); first run 0.811/0.865
    ("holdout25_questions.jsonl", 0.93, 0.95),  # the brief, as a careful evaluator (session 8); first run 0.976/0.976
    ("holdout26_questions.jsonl", 0.88, 0.90),  # a month of chat-box logs (session 8); first run 0.865/0.919
    ("holdout27_questions.jsonl", 0.90, 0.95),  # the brief, as its judge (session 8); first run 0.921/0.974
    ("holdout28_questions.jsonl", 0.85, 0.88),  # phone-line staff, older callers (session 8); first run 0.750/0.775
    ("holdout29_questions.jsonl", 0.92, 0.92),  # the brief, as its judge (session 9); first run 0.872/0.897
    ("holdout30_questions.jsonl", 0.75, 0.80),  # a social-media inbox (session 9); first run 0.757/0.811
    ("holdout31_questions.jsonl", 0.82, 0.92),  # the clinic's inbox and email form (session 9); first run 0.816/0.921
    ("holdout32_questions.jsonl", 0.90, 0.95),  # speech-to-text, non-native typing (session 9); first run 0.800/0.900
    ("holdout33_questions.jsonl", 0.97, 0.97),  # the brief, as its judge (session 10); first run 1.000/1.000
    ("holdout34_questions.jsonl", 0.88, 0.90),  # forum posts pasted into the chat (session 10); first run 0.780/0.780
    ("holdout35_questions.jsonl", 0.90, 0.90),  # phone keyword queries (session 10); first run 0.930/0.930 on its code
    ("holdout36_questions.jsonl", 0.97, 0.97),  # the brief, as an external evaluator (session 10); first 1.000/1.000
    ("holdout37_questions.jsonl", 0.88, 0.90),  # claims to check (session 11); first run 0.800/0.822
    ("holdout38_questions.jsonl", 0.80, 0.85),  # GPs and pharmacists (session 11); first run 0.467/0.489
    ("holdout39_questions.jsonl", 0.85, 0.90),  # a bit of story first (session 11); first run 0.889/0.933
    ("holdout40_questions.jsonl", 0.73, 0.85),  # weighing a decision (session 11); first run 0.733/0.867
    ("holdout41_questions.jsonl", 0.65, 0.75),  # describing instead of naming (session 11); first run 0.489/0.667
    ("holdout42_questions.jsonl", 0.70, 0.75),  # pointing at parts of the article (session 11); first run 0.689/0.756
    ("holdout43_questions.jsonl", 0.93, 0.93),  # the brief, as its judge (session 12); first run 0.978/0.978 (60 asked)
    ("holdout44_questions.jsonl", 0.62, 0.62),  # describing instead of naming, a second author (session 12); first
    # run 0.444/0.467 with 0.40 false declines
    ("holdout45_questions.jsonl", 0.97, 0.97),  # near-boundary pairs, half declines (session 12); first run 1.000/1.000
    ("holdout46_questions.jsonl", 0.87, 0.93),  # the brief, avoiding textbook wordings (session 12); first 0.844/0.911
    ("holdout47_questions.jsonl", 0.87, 0.93),  # clinicians' shorthand again (session 12); first run 0.822/0.867
    ("holdout48_questions.jsonl", 0.84, 0.88),  # typos and paraphrases of the seed's questions (session 12); first
    # run 0.759/0.793 with 0.172 false declines, before the everyday-English typo repair (spelling.py)
    ("holdout49_questions.jsonl", 0.86, 0.90),  # the brief, realistic mix (session 12); first run 0.900/0.950 on its 52
    ("holdout50_questions.jsonl", 0.94, 0.94),  # typos and paraphrases of the seed, a second author (session 13); first
    # run 0.889/0.917 with 0.083 false declines, before spelling by ear ("ketameen") and split-and-fix ("sideefects")
    ("holdout51_questions.jsonl", 0.85, 0.89),  # the brief as its judge (session 13); first run 0.895/0.921 on its 55
    ("holdout52_questions.jsonl", 0.86, 0.91),  # terse search-box queries (session 13); first run 0.939/0.970 on its 55
    ("holdout53_questions.jsonl", 0.84, 0.89),  # six imagined visitors in their own words (session 13); first run
    # 0.737/0.789 with 0.184 false declines, before courtesy words became stop words and follow-ups borrowed a subject
    ("holdout54_questions.jsonl", 0.71, 0.82),  # describing instead of naming, a third author (session 13); first run
    # 0.718/0.821 with 0.103 false declines (holdout44's author had started at 0.444/0.467)
    ("holdout55_questions.jsonl", 0.71, 0.80),  # visitors in their own words, a second author (session 14); first run
    # 0.686/0.771 with 0.200 false declines, before follow-ups borrowed an earlier subject
    ("holdout56_questions.jsonl", 0.94, 0.94),  # the brief by a judge avoiding likely wordings (session 14); first run
    # 0.950/0.950 on its 60
    ("holdout57_questions.jsonl", 0.80, 0.83),  # visitors as conversations, with `after` (session 14); first run
    # 0.771/0.800 on the first slice's commit
    ("holdout58_questions.jsonl", 0.91, 0.94),  # the brief as a realistic mix by a new judge (session 14); first run
    # 0.950/0.975 on its 60, on the second slice's code
    ("holdout59_questions.jsonl", 0.84, 0.90),  # visitors as conversations, a fourth author (session 14); first run
    # 0.875/0.938 on its 50, on the final slice's code (0.875/0.906 without `after`)
    ("holdout60_questions.jsonl", 0.82, 0.88),  # visitors as conversations, a fifth author (session 15); first run
    # 0.781/0.812 on its 52, on af1fc94
    ("holdout61_questions.jsonl", 0.84, 0.91),  # the brief by a seventh judge (session 15); first run 0.719/0.875 on
    # its 50, on af1fc94
    ("holdout62_questions.jsonl", 0.72, 0.82),  # describing instead of naming, a fourth author (session 15); first run
    # 0.645/0.742 on the first slice's commit
    ("holdout63_questions.jsonl", 0.70, 0.70),  # single visitors in their own words, a sixth author (session 15); first
    # run 0.606/0.606 on its 54, on the first slice's commit
    ("holdout64_questions.jsonl", 0.78, 0.88),  # single visitors in their own words, a seventh author (session 15);
    # first run 0.767/0.867 on the second slice's commit
])
def test_holdout_question_set_figures_hold(seed_assistant: Assistant, name: str, found_at_1: float,
                                          found_at_3: float) -> None:
    """Regression floors for the independently written question sets in tests/data/."""
    report, summary = _figures(seed_assistant, name)
    assert report.found_at_1 >= found_at_1, summary
    assert report.found_at_3 >= found_at_3, summary
    assert report.false_declines <= SAFETY_ROUTED.get(name, 0.05), summary
    assert report.decline_recall >= DECLINE_FLOOR.get(name, 0.90), summary


def test_unchanged_rebuild_does_not_load_the_model(seed_assistant: Assistant) -> None:
    from assistant import build_index
    from assistant.embedding import SentenceTransformerEmbedder

    fresh = SentenceTransformerEmbedder()
    report = build_index(seed_assistant.settings, fresh)
    assert (report.embedded, report.changed, fresh.loaded) == (0, False, False)


def test_cli_ask_with_the_real_model_exits_cleanly(seed_assistant: Assistant) -> None:
    """One-shot CLI use must not leave model work running at exit (it once aborted with code 134)."""
    import os
    import subprocess
    import sys

    settings = seed_assistant.settings
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
           "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_CACHE_DIR": str(settings.cache_dir),
           "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    done = subprocess.run([sys.executable, "-m", "assistant", "ask", "What does SSRI stand for?"], env=env,
                          capture_output=True, text=True, timeout=300, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-500:]
    assert "Selective Serotonin Reuptake Inhibitors (SSRIs)" in done.stdout


def test_question_word_vectors_leave_out_the_appended_aliases(real_embedder) -> None:
    own = "will it make me fat"
    vector, words = real_embedder.embed_question(f"{own} (weight gain)", len(own))
    assert words.shape[0] == real_embedder.embed_words([own])[0].shape[0] == 1  # "fat"; "will", "make" are stop words
    assert np.allclose(vector, real_embedder.embed_query(f"{own} (weight gain)"), atol=1e-5)
    _, everything = real_embedder.embed_question(own, len(own))
    assert everything.shape[0] == 1


@pytest.mark.parametrize("message", [
    "I am so done with everything and everyone, nothing will ever change for me",
    "there is nothing left for me here and I am ready to leave it all behind",
])  # "my life is a dead end and I want out of it" fell to P 0.9487 on session 15's refit; a rule names it now
def test_the_crisis_classifier_catches_wordings_the_rules_miss(seed_assistant: Assistant, message: str) -> None:
    from assistant.safety import screen
    assert screen(message).route == "retrieve"  # no rule names these
    answer = seed_assistant.ask(message)
    assert answer.route == "crisis" and answer.decision is not None and answer.decision.signals == ("risk_model",)


def test_the_crisis_classifier_leaves_every_in_scope_question_alone(seed_assistant: Assistant) -> None:
    from assistant.evaluation import load_questions
    sets = ("seed", "calibration", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
            "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15",
            "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
            "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26",
            "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34",
            "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40",
            "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48",
            "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56",
            "holdout57", "holdout58", "holdout59", "holdout60", "holdout61",
            "holdout62", "holdout63", "holdout64")
    questions = [q.question for name in sets
                 for q in load_questions(DATA / f"{name}_questions.jsonl") if not q.decline]
    flagged = [q for q in questions if seed_assistant.ask(q).decision.signals == ("risk_model",)]
    assert flagged == []


@pytest.mark.parametrize("question", ["Seems to me she'd just end up hooked on it. Is that a real risk or not?",
                                      "is it safe if its done with a doctor there?"])
def test_a_follow_up_borrows_the_subject_it_leans_on(seed_assistant: Assistant, question: str) -> None:
    assert seed_assistant.ask(question).route == "no_answer"  # on its own it names nothing the articles cover
    answer = seed_assistant.ask(question, earlier=["My wife is thinking about ketamine."])
    assert answer.route == "answer" and answer.reply.startswith("Reading this as a follow-up about *ketamine*:")


@pytest.mark.parametrize("question", ["can my dog sit with her during it?", "can she listen to music during it?",
                                      "will they give her a blanket during it?"])
def test_a_borrowed_subject_does_not_make_the_visitors_own_words_known(seed_assistant: Assistant,
                                                                       question: str) -> None:
    # with "(ketamine)" appended these pass the decline rule; only the visitor's own words count as known or unknown
    answer = seed_assistant.ask(question, earlier=["My wife is starting ketamine next month."])
    assert answer.route == "no_answer" and not answer.passages
