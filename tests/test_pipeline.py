"""End to end with the fake embedder: build, incremental rebuilds, answers, declines, disclaimers."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from assistant import Assistant, HashingEmbedder, IndexMismatchError, IndexNotBuiltError, Settings, build_index, keyword
from assistant.build import up_to_date
from assistant.quoting import collapse
from assistant.store import current_build, read_manifest


def _article_text(settings: Settings, article_id: str) -> str:
    from assistant.corpus import load_corpus

    return next(a.text for a in load_corpus(settings.corpus_dir).articles if a.id == article_id)


def test_answer_quotes_verbatim_whole_sentences_with_citation_and_disclaimer(assistant: Assistant) -> None:
    answer = assistant.ask("How many weeks do SSRIs take until I notice a change?")
    assert answer.route == "answer"
    first = answer.passages[0]
    assert first.chunk.article_id == "ssri-basics.md"
    article = _article_text(assistant.settings, "ssri-basics.md")
    assert first.text == collapse(article[first.start : first.end])
    assert first.text[-1] in ".!?" and first.text[0].isupper()
    assert "SSRI basics" in answer.reply and "How long they take" in answer.reply
    assert answer.reply.rstrip().endswith(answer.disclaimer)


def test_unrelated_question_is_declined_without_quotes(assistant: Assistant) -> None:
    answer = assistant.ask("What is the capital of France?")
    assert answer.route == "no_answer"
    assert answer.passages == () and ">" not in answer.reply.replace("\\>", "")
    assert answer.disclaimer in answer.reply
    assert "SSRI basics" in answer.reply  # says what the articles do cover


@pytest.mark.parametrize("message", ["", "   ", "\n\t", "x" * 5000])
def test_empty_and_overlong_input_get_a_reply_with_the_disclaimer(assistant: Assistant, message: str) -> None:
    answer = assistant.ask(message)
    assert answer.route == "no_answer" and answer.passages == ()
    assert answer.disclaimer in answer.reply


def test_quotes_come_from_distinct_sections(assistant: Assistant) -> None:
    answer = assistant.ask("side effects weeks nausea sleeping headaches")
    keys = [(p.chunk.article_id, p.chunk.section) for p in answer.passages]
    assert len(keys) == len(set(keys)) and len(keys) <= assistant.settings.top_k


def test_markup_in_articles_is_escaped_in_the_reply(settings: Settings, embedder: HashingEmbedder) -> None:
    (settings.corpus_dir / "evil.md").write_text(
        "# Evil\n\nParking permits <script>alert(1)</script> are **free** for [everyone](javascript:alert(1)).\n",
        encoding="utf-8")
    build_index(settings, embedder)
    answer = Assistant.from_settings(settings, embedder).ask("parking permits free everyone")
    assert "<script>" not in answer.reply and "[everyone](" not in answer.reply
    assert any("<script>alert(1)</script>" in p.text for p in answer.passages)  # the quote itself stays verbatim


def test_incremental_build_embeds_only_new_chunks_and_drops_deleted(settings: Settings) -> None:
    first = build_index(settings, HashingEmbedder(1024))
    assert first.embedded == first.chunks > 0 and first.reused == 0
    text = "# Refunds\n\nRefunds arrive within ten working days.\n"
    (settings.corpus_dir / "new.md").write_text(text, encoding="utf-8")
    counting = HashingEmbedder(1024)
    second = build_index(settings, counting)
    assert second.embedded == 1 and second.reused == first.chunks
    assert counting.calls <= 3  # the new chunk, plus its heading and title vectors
    assert second.build_id != first.build_id
    (settings.corpus_dir / "new.md").unlink()
    third = build_index(settings, HashingEmbedder(1024))
    assert third.removed == 1 and third.embedded == 0
    answer = Assistant.from_settings(settings, HashingEmbedder(1024)).ask("refunds working days")
    assert all(p.chunk.article_id != "new.md" for p in answer.passages)


def test_no_change_build_embeds_nothing_and_keeps_the_build(settings: Settings) -> None:
    first = build_index(settings, HashingEmbedder(1024))
    idle = HashingEmbedder(1024)
    again = build_index(settings, idle)
    assert (again.embedded, again.changed, again.build_id, idle.calls) == (0, False, first.build_id, 0)


def test_manifest_describes_the_build(settings: Settings, embedder: HashingEmbedder) -> None:
    report = build_index(settings, embedder)
    manifest = read_manifest(current_build(settings.index_dir))
    assert manifest.model == "hashing-1024" and manifest.dim == 1024 and manifest.index_type == "flat"
    assert set(manifest.articles) == {"ssri-basics.md", "guides/infusion-visit.txt", "parking.html"}
    assert manifest.build_id == report.build_id and manifest.keyword["library"] == "bm25s"
    assert up_to_date(settings, "hashing-1024")[0]
    (settings.corpus_dir / "parking.html").write_text("<h1>Changed</h1><p>New text here.</p>", encoding="utf-8")
    assert not up_to_date(settings, "hashing-1024")[0]


def test_a_build_tokenized_with_other_stop_words_is_stale_and_rebuilt(settings: Settings, embedder: HashingEmbedder,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_index(settings, embedder)
    monkeypatch.setattr(keyword, "STOPWORDS", [*keyword.STOPWORDS, "parking"])
    fresh, reason = up_to_date(settings, embedder.name)
    assert not fresh and "keyword index" in reason
    again = build_index(settings, embedder)
    assert again.changed and again.build_id != first.build_id and again.embedded == 0  # vectors are reused
    assert up_to_date(settings, embedder.name)[0]


def test_missing_index_and_model_mismatch_name_the_fix(settings: Settings, embedder: HashingEmbedder) -> None:
    with pytest.raises(IndexNotBuiltError, match="python -m assistant build"):
        Assistant.from_settings(settings, embedder).ask("anything at all")
    build_index(settings, embedder)
    with pytest.raises(IndexMismatchError, match="hashing-1024"):
        Assistant.from_settings(replace(settings, model="hashing-128"), HashingEmbedder(128)).ask("parking")


def test_old_builds_are_pruned(settings: Settings, embedder: HashingEmbedder) -> None:
    for _ in range(5):
        build_index(settings, embedder, force=True)
    assert len(list((settings.index_dir / "builds").iterdir())) == settings.keep_builds


def test_corrupted_build_gives_a_rebuild_message(settings: Settings, embedder: HashingEmbedder) -> None:
    build_index(settings, embedder)
    folder = current_build(settings.index_dir)
    (folder / "vectors.faiss").write_bytes(b"garbage")
    with pytest.raises(IndexNotBuiltError, match="damaged.*python -m assistant build"):
        Assistant.from_settings(settings, embedder).index()
    assert not up_to_date(settings, embedder.name)[0]
    report = build_index(settings, embedder)
    assert report.changed and Assistant.from_settings(settings, embedder).ask("parking free").route == "answer"


def test_build_with_no_readable_articles_fails_and_keeps_the_old_index(settings: Settings, embedder) -> None:
    good = build_index(settings, embedder)
    shutil.rmtree(settings.corpus_dir)
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "bad.txt").write_bytes(b"\x00\x01")
    from assistant.errors import CorpusError

    with pytest.raises(CorpusError, match="no readable articles"):
        build_index(settings, embedder)
    assert current_build(settings.index_dir).name == good.build_id


def test_index_folder_is_the_configured_one(settings: Settings, embedder, tmp_path: Path) -> None:
    build_index(settings, embedder)
    assert (tmp_path / "index" / "CURRENT").is_file()


def test_keyword_only_candidates_get_their_exact_cosine(assistant: Assistant, monkeypatch) -> None:
    """BM25 may find passages outside the dense top-N; their cosine is read back from FAISS."""
    import numpy as np

    from assistant import retrieval

    monkeypatch.setattr(retrieval, "CANDIDATES", 2)
    index = assistant.index()
    keyword_only = 0
    for query in ("bus line seven nausea headaches", "parking nurse blood pressure", "meal friend drive weeks"):
        vector = assistant.embedder.embed_query(query)
        dense_rows = set(retrieval.dense_scores(index, vector, 2))
        for hit in retrieval.search(index, vector, query, k=10):
            row = index.chunks.index(hit.chunk)
            keyword_only += row not in dense_rows
            assert abs(hit.dense - float(np.dot(index.vectors.reconstruct(row), vector))) < 1e-5
    assert keyword_only > 0


def test_an_advice_question_quotes_the_close_passage_that_sends_the_reader_to_a_professional() -> None:
    from assistant.pipeline import _route_hit
    from assistant.records import Chunk, Hit

    def hit(ordinal: int, text: str) -> Hit:
        return Hit(Chunk("a.md", ordinal, "A", f"S{ordinal}", text, 0, len(text)), 1.0 - ordinal / 10)

    hits = [hit(0, "Ketamine works fast."), hit(1, "Side effects are short-lived."),
            hit(2, "Consult a healthcare professional to decide."), hit(3, "Ask your doctor.")]
    assert [h.chunk.ordinal for h in _route_hit(hits, "medical_advice")] == [2]
    far = [hits[0], hits[1], hit(4, "Nothing."), hits[2]]  # the professional passage is fourth: too far down
    assert [h.chunk.ordinal for h in _route_hit(far, "stop_medication")] == [0]
    assert [h.chunk.ordinal for h in _route_hit(hits, "abuse")] == [0]  # only advice routes prefer the professional
    assert _route_hit([], "medical_advice") == []
