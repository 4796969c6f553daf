"""Loading articles: formats, blog chrome, metadata, and files that must be skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import load_corpus
from assistant.errors import CorpusError

SEED = Path(__file__).parent.parent / "corpus" / "ketamine-vs-ssris.txt"
SHARED_SEED = Path(__file__).parent.parent.parent / "shared" / "seed" / "000_c5b296f012140b09.txt"


def _block_texts(article) -> list[str]:
    return [article.text[b.start : b.end] for b in article.blocks]


def test_seed_is_the_shared_article_byte_for_byte() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_chrome_becomes_metadata_and_never_a_block() -> None:
    article = load_corpus(SEED.parent).articles[0]
    assert article.title == "Why More People Are Turning to Ketamine Treatment Over Traditional SSRIs"
    assert article.date == "Apr 25, 2025"
    assert article.category == "Healthcare Technology"
    body = " ".join(_block_texts(article))
    for noise in ("25 Views", "Comments Off", "Written by", "Article Categories", "Healthcare Technology"):
        assert noise not in body


def test_seed_headings_and_numbered_subheadings() -> None:
    article = load_corpus(SEED.parent).articles[0]
    headings = [(article.text[b.start : b.end], b.level) for b in article.blocks if b.kind == "heading"]
    assert ("The Limitations of SSRIs in Treating Depression", 1) in headings
    assert ("1. Delayed Onset of Action", 2) in headings
    assert ("Conclusion:", 1) in headings
    items = [article.text[b.start : b.end] for b in article.blocks if b.kind == "item"]
    assert items == ["• Weight gain", "• Sexual dysfunction", "• Sleep disturbances", "• Increased anxiety"]


def test_markdown_front_matter_and_html(corpus_dir: Path) -> None:
    scan = load_corpus(corpus_dir)
    by_id = {a.id: a for a in scan.articles}
    md = by_id["ssri-basics.md"]
    assert (md.title, md.date, md.url) == ("SSRI basics", "2025-03-01", "https://clinic.example/articles/ssri-basics")
    assert md.reviewed_by == "Dr. Example"
    html = by_id["parking.html"]
    assert html.title == "Parking and directions"
    assert "alert" not in html.text and "color:red" not in html.text and "Home | About" not in html.text
    assert "parking is free for patients" in html.text
    assert by_id["guides/infusion-visit.txt"].title == "What to expect at an infusion visit"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"", "empty"),
        ("blank.txt", b"  \n\n ", "white space"),
        ("binary.txt", b"\x00\x01\x02PNG\x00", "binary"),
        ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
        ("notes.docx", b"PK\x03\x04", "unsupported"),
    ],
)
def test_bad_files_are_skipped_with_a_reason_and_the_rest_loads(
    corpus_dir: Path, name: str, content: bytes, reason: str
) -> None:
    (corpus_dir / name).write_bytes(content)
    scan = load_corpus(corpus_dir)
    assert [s.path for s in scan.skipped] == [name]
    assert reason in scan.skipped[0].reason
    assert len(scan.articles) == 3


def test_huge_file_is_skipped(corpus_dir: Path) -> None:
    (corpus_dir / "huge.txt").write_text("Big\n\n" + "word " * 500_000, encoding="utf-8")
    scan = load_corpus(corpus_dir)
    assert [s.path for s in scan.skipped] == ["huge.txt"] and "limit" in scan.skipped[0].reason


def test_odd_names_load(corpus_dir: Path) -> None:
    odd = corpus_dir / "sub dir" / "Ünïcode name (v2) #1.md"
    odd.parent.mkdir()
    odd.write_text("# Odd\n\nA paragraph about odd file names.\n", encoding="utf-8")
    ids = [a.id for a in load_corpus(corpus_dir).articles]
    assert "sub dir/Ünïcode name (v2) #1.md" in ids


def test_hidden_and_backup_files_are_ignored(corpus_dir: Path) -> None:
    (corpus_dir / ".DS_Store").write_bytes(b"\x00\x00")
    (corpus_dir / "draft.md~").write_text("old", encoding="utf-8")
    scan = load_corpus(corpus_dir)
    assert scan.skipped == () and len(scan.articles) == 3


def test_missing_corpus_folder_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="ASSISTANT_CORPUS_DIR"):
        load_corpus(tmp_path / "nope")


def test_a_long_first_line_or_a_question_is_still_the_title(corpus_dir: Path) -> None:
    title = "What are the genetic changes related to autosomal recessive hypophosphatemic rickets in children?"
    (corpus_dir / "q.txt").write_text(f"{title}\n\nThis condition is rare. It affects bones.\n", encoding="utf-8")
    (corpus_dir / "plain.txt").write_text("Just one sentence of text, no title at all.\n", encoding="utf-8")
    by_id = {a.id: a for a in load_corpus(corpus_dir).articles}
    assert by_id["q.txt"].title == title
    assert by_id["plain.txt"].title == "Plain"
    assert "Just one sentence" in by_id["plain.txt"].text
