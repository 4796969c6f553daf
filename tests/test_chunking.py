"""Chunking by structure: sections, lists with their lead-in, whole sentences, verbatim offsets."""

from __future__ import annotations

from pathlib import Path

from assistant.chunking import chunk_article, sentence_spans
from assistant.corpus import load_corpus

CORPUS = Path(__file__).parent.parent / "corpus"


def _seed_chunks():
    article = load_corpus(CORPUS).articles[0]
    return article, chunk_article(article)


def test_chunks_are_verbatim_slices_with_offsets() -> None:
    article, chunks = _seed_chunks()
    for chunk in chunks:
        assert chunk.text == article.text[chunk.start : chunk.end]


def test_sections_follow_headings_and_numbered_subheadings() -> None:
    _, chunks = _seed_chunks()
    sections = {c.section for c in chunks}
    assert "The Limitations of SSRIs in Treating Depression > 1. Delayed Onset of Action" in sections
    assert "How Ketamine Differs from SSRIs > 4. Effectiveness for Treatment-Resistant Depression" in sections
    assert "Conclusion" in sections and chunks[0].section == "Introduction"


def test_list_stays_with_its_lead_in() -> None:
    _, chunks = _seed_chunks()
    holder = [c for c in chunks if "Common side effects include:" in c.text]
    assert len(holder) == 1
    for item in ("Weight gain", "Sexual dysfunction", "Sleep disturbances", "Increased anxiety"):
        assert item in holder[0].text


def test_a_short_paragraph_joins_the_passage_before_it_in_its_section() -> None:
    _, chunks = _seed_chunks()
    side_effects = [c for c in chunks if c.section.endswith("2. Side Effects")]
    # the list, then one 115-character paragraph ("these side effects…") that needs the list to make sense
    assert len(side_effects) == 1 and side_effects[0].text.endswith("further affecting their quality of life.")
    assert all(len(c.text) >= 200 for c in chunks)  # every passage of the seed article is long enough
    sections = [c.section for c in chunks]
    assert sections.index("How Ketamine Differs from SSRIs") > sections.index(
        "The Limitations of SSRIs in Treating Depression > 3. Treatment Resistance")  # never across sections


def test_no_chunk_ends_mid_sentence() -> None:
    _, chunks = _seed_chunks()
    for chunk in chunks:
        assert chunk.text.rstrip()[-1] in ".!?:)”’" or chunk.text.rstrip().split("\n")[-1].lstrip().startswith("•")


def test_long_paragraph_is_split_at_sentence_ends(corpus_dir: Path) -> None:
    sentence = "This sentence is about eighty characters long, give or take a few more words. "
    (corpus_dir / "long.txt").write_text("Long one\n\n" + sentence * 40, encoding="utf-8")
    article = next(a for a in load_corpus(corpus_dir).articles if a.id == "long.txt")
    chunks = chunk_article(article, max_chars=400)
    assert len(chunks) > 5
    for chunk in chunks:
        assert len(chunk.text) <= 400 and chunk.text.endswith("words.")


def test_sentence_spans_keep_abbreviations_and_list_items_whole() -> None:
    text = "Dr. Smith saw her (e.g., twice). She improved.\n\n  • Weight gain\n\n  • Sleep"
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Dr. Smith saw her (e.g., twice).", "She improved.", "• Weight gain", "• Sleep"]


def test_passages_are_tagged() -> None:
    _, chunks = _seed_chunks()
    suicidal = [c for c in chunks if "suicidal thoughts" in c.text]
    assert suicidal and all("mentions_suicide" in c.tags for c in suicidal)
    assert all("method_detail" not in c.tags for c in chunks)
