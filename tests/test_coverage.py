"""Coverage features: which questions name a subject the articles never cover (topics.yaml, SSRI comparisons)."""

from __future__ import annotations

import pytest

from assistant.coverage import MedicineClass, features, load_aliases, load_classes, load_topics, one_of_a_class

ALIASES = load_aliases()
TOPICS = load_topics()
CLASSES = load_classes()


def _listed(question: str) -> tuple[str, ...]:
    return features(question, 0.5, frozenset({"ketamin", "ssri", "side", "effect"}), ALIASES, TOPICS, CLASSES).listed


@pytest.mark.parametrize("question", [
    "zoloft vs prozac which one is better",
    "which ssri has the fewest side effects",
    "what's the difference between celexa and lexapro?",
    "is sertraline or escitalopram gentler",
    "best SSRI for anxiety?",
])
def test_comparing_or_picking_named_ssris_is_not_covered(question: str) -> None:
    """The article speaks of SSRIs as one class; it never compares one SSRI with another."""
    assert one_of_a_class(question, ALIASES, CLASSES) == ("which SSRI",)
    assert "which SSRI" in _listed(question)


@pytest.mark.parametrize("question", [
    "how do pills like zoloft and lexapro work on brain chemicals?",  # examples of the class, not a comparison
    "is ketamine better than zoloft or prozac?",  # the article's own comparison
    "which works faster, ssris or ketamine?",
    "does prozac cause weight gain?",
])
def test_questions_about_ssris_as_a_class_are_not_comparisons(question: str) -> None:
    assert one_of_a_class(question, ALIASES, CLASSES) == ()


def test_a_session_is_covered_when_asked_about_its_effects_but_not_its_number() -> None:
    assert _listed("Will I feel spaced out or lightheaded after a ketamine session, and does that last?") == ()
    assert _listed("how many sessions will I need?") == ("sessions",)
    assert _listed("how long is each session?") == ("session",)


def test_lay_words_for_the_articles_conditions_are_aliases() -> None:
    """"Long-lasting pain" is the article's "chronic pain", not the uncovered "how long does it last"."""
    assert _listed("Could ketamine help with long-lasting pain, not just mood?") == ()
    assert "chronic pain" in ALIASES["long-lasting pain"]


def test_the_class_rule_is_data_another_article_can_use(tmp_path) -> None:
    """A clinic article on SNRIs names its own class and rivals in classes.yaml; no code changes."""
    listing = tmp_path / "classes.yaml"
    listing.write_text("- class: SNRIs\n  singular: SNRI\n  rivals: [bupropion]\n", encoding="utf-8")
    classes = load_classes(listing)
    assert classes == (MedicineClass("SNRIs", "SNRI", ("bupropion",)),)
    aliases = {"effexor": ("SNRIs",), "cymbalta": ("SNRIs",)}
    assert one_of_a_class("is effexor better than cymbalta?", aliases, classes) == ("which SNRI",)
    assert one_of_a_class("which snri is gentlest?", aliases, classes) == ("which SNRI",)
    assert one_of_a_class("is bupropion better than effexor or cymbalta?", aliases, classes) == ()
    assert one_of_a_class("which snri or bupropion works faster?", aliases, classes) == ()
    assert one_of_a_class("zoloft vs prozac which one is better", ALIASES, classes) == ()  # not this article's class


@pytest.mark.parametrize("question", ["how many ketamine treatments will i need", "how often do I need treatments",
                                      "how many rounds will I need?"])
def test_how_many_treatments_is_not_covered(question: str) -> None:
    """"Treatment" is the article's own word, but it never says how many or how often."""
    assert _listed(question) == ("how many times",)


@pytest.mark.parametrize("question", ["how many days until people usually feel better after ketamine",
                                      "how many antidepressants did they try before ketamine helped?",
                                      "how many sessions did the studies use?"])
def test_other_how_many_questions_are_not_that_topic(question: str) -> None:
    assert "how many times" not in _listed(question)


def test_a_malformed_classes_file_names_the_fix(tmp_path) -> None:
    from assistant.errors import ConfigError

    listing = tmp_path / "classes.yaml"
    listing.write_text("- class: SNRIs\n  singular: SNRI\n  rivals: bupropion\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="rivals"):
        load_classes(listing)


def test_how_often_an_effect_happens_is_still_covered() -> None:
    assert "how many times" not in _listed("how often do infusions cause dissociation?")


@pytest.mark.parametrize("question", ["Can my 16 year old get ketamine?", "is ketamine ok for a 12-year-old",
                                      "my 15 yr old daughter has depression, would ketamine work"])
def test_a_childs_age_is_not_covered(question: str) -> None:
    """The article says nothing about treating children or teenagers."""
    assert _listed(question) == ("a minor's age",)


@pytest.mark.parametrize(("question", "topic"), [("My son is 12 and very sad all the time, he can have ketamine?",
                                                  "a minor's age"),
                                                 ("do I need to fast before ketamine?", "fasting"),
                                                 ("what food should I avoid on SSRIs", "food"),
                                                 ("Can I be in the room with her during the treatment?", "room"),
                                                 ("do you treat postpartum depression specifically?", "postpartum")])
def test_session_14_subjects_the_article_does_not_cover(question: str, topic: str) -> None:
    assert _listed_in_article(question) == (topic,)


@pytest.mark.parametrize("question", ["my son is 25, can ketamine help him",
                                      "does ketamine work fast before the SSRIs kick in?",
                                      "the room was spinning after my infusion, is that normal?",
                                      "last one - is ketamine addictive?",
                                      "is it addictive? I've seen it used recreationally"])
def test_session_14_look_alikes_are_not_those_subjects(question: str) -> None:
    assert not set(_listed_in_article(question)) & {"a minor's age", "fasting", "room", "last", "recreationally"}


@pytest.mark.parametrize(("question", "topic"), [
    ("can i get ketamine without my parents knowing. im 17", "a minor's age"),
    ("How many treatment I need and how long is each one?", "how many times"),
    ("How much of the drug do they actually give you each time?", "an amount"),
])
def test_session_15_subjects_the_article_does_not_cover(question: str, topic: str) -> None:
    assert _listed_in_article(question) == (topic,)


@pytest.mark.parametrize("question", ["I'm 17 weeks pregnant, is ketamine safe?", "I'm 45 and ketamine works fast?",
                                      "how much does ketamine help with side effects?",
                                      "after my first appointment I felt dizzy, is that a side effect?"])
def test_session_15_look_alikes_are_not_those_subjects(question: str) -> None:
    assert not set(_listed_in_article(question)) & {"a minor's age", "how many times", "an amount", "appointment"}


def test_a_letters_closing_and_signature_are_not_the_question() -> None:
    question = "Under what circumstances does ketamine have fewer side effects?"
    stems = frozenset({"ketamin", "side", "effect", "fewer"})
    plain, signed = (features(q, 0.5, stems, ALIASES, TOPICS, CLASSES)
                     for q in (question, question + " Kind regards, R. Okafor"))
    assert signed.unknown_share == plain.unknown_share and signed.unknown_topics == plain.unknown_topics


@pytest.mark.parametrize("question", ["During the drip, is it any less risky if a nurse is keeping an eye on you?",
                                      "Is there any sign ketamine might help PTSD?",
                                      "Can you get hooked on ketamine? I'm a recovering alcoholic."])
def test_session_15_listed_words_excused_by_the_articles_subject(question: str) -> None:
    assert _listed_in_article(question) == ()


def test_words_that_excuse_a_listed_word_excuse_its_other_forms() -> None:
    """"appointment" and "appointments" share a stem; the words listed for one excuse both."""
    assert TOPICS["appoint"] >= {"felt", "dizzi"} and TOPICS["perman"] >= {"side", "dizzi"}


def _listed_in_article(question: str) -> tuple[str, ...]:
    """Listed topics against more of the article's vocabulary ("fast", "infusion", "last" as it is used there)."""
    stems = frozenset({"ketamin", "ssri", "side", "effect", "fast", "work", "kick", "addict", "help", "normal"})
    return features(question, 0.5, stems, ALIASES, TOPICS, CLASSES).listed


def test_an_adults_age_and_a_party_drug_with_a_question_the_article_answers_are_covered() -> None:
    assert _listed("I'm 45 years old, is ketamine addictive?") == ()
    assert _listed("my mom thinks ketamine is a party drug, is it safe?") == ()
    assert _listed("isn't ketamine just a party drug?") == ("party",)
    assert _listed("can teens get ketamine") == ("teens",)


def test_forum_shorthand_is_an_alias() -> None:
    for word, target in [("pdoc", "healthcare professional"), ("trd", "treatment-resistant depression"),
                         ("ses", "side effects"), ("lbs", "weight gain"), ("downside", "drawbacks")]:
        assert target in ALIASES[word], word
    assert _listed("my pdoc says SEs are normal, what does the reddit post mean by TRD?") == ()


def test_clinicians_shorthand_is_an_alias() -> None:
    """A GP writes "pt failed 2x SSRIs, SE profile, MoA, MDD"; the article says patients, side effects, mechanism."""
    for word, target in [("pt", "patients"), ("se profile", "side effects"), ("moa", "mechanism"),
                         ("mdd", "depression"),
                         ("refractory", "treatment-resistant"), ("adjunct", "combination"), ("qol", "quality of life")]:
        assert target in ALIASES[word], word
    assert _listed("Refractory MDD - what does the clinic claim re SE profile and MoA?") == ()


def test_class_side_effects_are_not_a_pick_of_one_ssri() -> None:
    assert one_of_a_class("Which SSRI adverse effects does the clinic list?", ALIASES, CLASSES) == ()
    assert one_of_a_class("which SSRI is best for me", ALIASES, CLASSES) == ("which SSRI",)


def test_the_drip_is_covered_for_its_effects_but_not_for_how_it_feels_going_in() -> None:
    assert _listed("if my son has the drip, how soon will he feel better?") == ()
    assert _listed("does the drip hurt going in") == ("drip",)


def test_where_a_claim_was_heard_is_not_the_subject() -> None:
    assert _listed("my cousin reckons ketamine is a myth, is that claim true?") == ()
