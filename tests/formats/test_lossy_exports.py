"""Saving in a format that cannot hold the whole map warns once, naming what it drops."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import ArgmapWarning
from argmap.formats.registry import all_formats
from argmap.model import ArgumentMap, MapBuilder, Source, Span


def rich_map() -> ArgumentMap:
    """A map with something in every field a diagram leaves out."""
    b = MapBuilder()
    t = b.thesis("Seoul should keep the pact", note="the editorial's first line", tags=["core"])
    c = b.claim("Intelligence sharing deters launches", supports=t, cue="because")
    b.evidence("Three launches were tracked jointly", supports=c, citation="ministry")
    amap = b.build()
    text = "Seoul should keep the pact."
    first = amap.statements[0].model_copy(
        update={"spans": [Span(start=0, end=26, quote=text[:26])]}
    )
    inference = amap.inferences[0].model_copy(update={"scheme": "consequences", "confidence": 0.8})
    return amap.model_copy(
        update={
            "source": Source(title="Keep the pact", author="Ed Board", text=text),
            "statements": [first, *amap.statements[1:]],
            "inferences": [inference, *amap.inferences[1:]],
            "meta": {"reviewed": True},
        }
    )


def bare_map() -> ArgumentMap:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.claim("Waiting costs more", supports=t)
    return b.build()


def _message(record: pytest.WarningsRecorder) -> str:
    assert len(record) == 1, [str(w.message) for w in record]
    return str(record[0].message)


def test_mermaid_names_everything_it_leaves_out(tmp_path: Path) -> None:
    out = tmp_path / "m.mmd"
    with pytest.warns(ArgmapWarning) as record:
        argmap.save(rich_map(), out)
    message = _message(record)
    assert message.startswith(f"{out}: mermaid keeps only what the diagram shows")
    for lost in ("the source text", "the source title", "source details", "spans (1)"):
        assert lost in message
    for lost in ("notes (1)", "tags (1)", "cues (1)", "confidences (1)", "schemes (1)"):
        assert lost in message
    assert "citations (1)" in message and "meta" in message
    assert out.read_text(encoding="utf-8").startswith("flowchart")


def test_dot_leaves_out_less_than_mermaid() -> None:
    with pytest.warns(ArgmapWarning) as record:
        argmap.dumps(rich_map(), format="dot")
    message = _message(record)
    assert message.startswith("dot keeps only")
    assert "notes (1)" in message and "spans (1)" in message and "the source text" in message
    # The Graphviz diagram shows schemes, citations, the title and the byline.
    for kept in ("schemes", "citations", "the source title", "source details"):
        assert kept not in message


def test_a_cut_long_text_is_named() -> None:
    b = MapBuilder()
    b.thesis(" ".join(["word"] * 400))
    with pytest.warns(ArgmapWarning, match=r"the end of long statement texts \(1\)"):
        argmap.dumps(b.build(), format="mermaid")


def test_a_map_the_diagram_shows_whole_saves_quietly(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        argmap.save(bare_map(), tmp_path / "m.mmd")
        argmap.save(bare_map(), tmp_path / "m.dot")
    assert (tmp_path / "m.dot").read_text(encoding="utf-8").startswith("digraph")


@pytest.mark.parametrize("fmt", [f.name for f in all_formats() if f.lossless])
def test_lossless_formats_never_warn(fmt: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = argmap.dumps(rich_map(), format=fmt)
    assert argmap.loads(text, format=fmt) == rich_map()


def test_every_lossy_writer_says_what_it_drops() -> None:
    lossy = [f for f in all_formats() if f.writable and not f.lossless]
    assert lossy, "expected the diagram exports"
    for fmt in lossy:
        assert fmt.drops is not None, f"{fmt.name} is lossy but cannot say what it drops"
        assert fmt.dropped(bare_map()) == []
        assert fmt.dropped(rich_map())


def test_convert_prints_the_warning_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(rich_map(), src)
    assert main(["convert", str(src), str(tmp_path / "m.mmd")]) == 0
    err = capsys.readouterr().err
    assert err.count("warning:") == 1 and "notes (1)" in err
    assert main(["convert", str(src), "-", "--to", "dot"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("digraph") and captured.err.count("warning:") == 1


def test_render_draws_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Asking `argmap render` for a diagram is asking for a picture: no warning.
    src = tmp_path / "m.yaml"
    argmap.save(rich_map(), src)
    assert main(["render", str(src), "-o", str(tmp_path / "m.mmd")]) == 0
    assert "warning" not in capsys.readouterr().err
    assert (tmp_path / "m.mmd").exists()


def test_a_zero_confidence_still_counts_as_dropped() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.support(b.claim("Waiting costs more"), t, confidence=0.0)
    with pytest.warns(ArgmapWarning, match=r"confidences \(1\)"):
        argmap.dumps(b.build(), format="mermaid")
