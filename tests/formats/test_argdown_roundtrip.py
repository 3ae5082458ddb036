"""argmap -> Argdown -> argmap gives an equal map, for generated and hand-built maps."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import argmap
from argmap.formats.argdown import from_argdown, to_argdown
from argmap.model import ArgumentMap, Inference, MapBuilder, Source, Span, make_statement
from tests.strategies import maps

EXAMPLES = int(os.environ.get("ARGMAP_HYPOTHESIS_EXAMPLES", "50"))
_settings = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _reload(amap: ArgumentMap) -> ArgumentMap:
    text = to_argdown(amap)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a lossless write reads back without warnings
        return from_argdown(text)


@_settings
@given(maps())
def test_generated_maps_round_trip(amap: ArgumentMap) -> None:
    assert _reload(amap) == amap


_extras = st.fixed_dictionaries(
    {},
    optional={
        "note": st.text(min_size=0, max_size=20),
        "tags": st.lists(st.text(max_size=8), max_size=2),
        "ignore": st.lists(st.sampled_from(["orphan", "circular"]), max_size=2),
        "confidence": st.floats(0, 1),
        "cue": st.text(max_size=10),
        "scheme": st.text(max_size=15),
        "title": st.text(max_size=12),
        "data": st.dictionaries(st.sampled_from(["id", "note", "x", "uses"]), st.integers()),
    },
)


@_settings
@given(maps(), st.data())
def test_inference_fields_round_trip(amap: ArgumentMap, data: st.DataObject) -> None:
    """Notes, tags, schemes, titles and data of inferences survive, whatever they hold."""
    if not amap.inferences:
        return
    changed = [i.model_copy(update=data.draw(_extras)) for i in amap.inferences]
    amap = ArgumentMap(
        source=amap.source, statements=amap.statements, inferences=changed, meta=amap.meta
    )
    assert _reload(amap) == amap


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "[bracketed] <angled> {braced} #hash @[mention]",
        "back\\slash at the end\\",
        "+ leading plus",
        "- leading minus",
        "  leading and trailing blanks  ",
        "line one\nline two",
        "\nstarts with a newline",
        "ends with a newline\n",
        "a\n\n  indented after a blank line\n(1) looks like a premise\n----",
        "// not a comment /* nor this */ <!-- nor this -->",
        "http://example.org/a//b",
        "tab\tinside and at the end\t",
        "commas, colons: and ; semicolons",
        "\u2028line separator and nbsp\u00a0",
        "#thesis",
        "{a: 1}",
        "===",
    ],
)
def test_any_statement_text_round_trips(text: str) -> None:
    amap = ArgumentMap(
        statements=[
            make_statement("thesis", id="T1", text=text, note=text, attributed_to=text),
            make_statement("claim", id="C1", text=text, title=text),
        ],
        inferences=[Inference(id="I1", premises=["C1"], conclusion="T1", note=text, scheme=text)],
    )
    assert _reload(amap) == amap


def test_builder_map_with_every_feature_round_trips() -> None:
    text = "Seoul ended the pact. Critics say it was symbolic. Launches doubled in 2019."
    b = MapBuilder(title="On the pact", author="A. Writer", date="2019-08-23", text=text)
    t = b.thesis("Ending the pact was a mistake", quote="Seoul ended the pact")
    cc = b.counterclaim("The pact was only symbolic", by="critics", attacks=t)
    r = b.rebuttal("It enabled fast sharing of missile data", attacks=cc)
    e = b.evidence("Launches doubled", type="statistic", quote="Launches doubled in 2019")
    p = b.implicit("More launches need faster warning")
    link = b.link([e, p], t)
    b.attack(r, link)  # an undercut from a rebuttal, for the test's sake
    amap = b.build()
    amap.meta["reviewed"] = True
    assert _reload(amap) == amap


def test_source_text_and_date_survive_in_the_frontmatter() -> None:
    src = Source(
        title="T: a title with colon",
        date="2019-08-23",
        text="===\nA text with a line of equals signs.\n\n  indented\n",
        url="https://example.org/x",
        text_file="pact.txt",
    )
    amap = ArgumentMap(
        source=src,
        statements=[
            make_statement("thesis", id="T1", text="x", spans=[Span(start=0, end=3, quote="===")])
        ],
        meta={"title": "clashes with a source key", "n": 3},
    )
    assert _reload(amap) == amap


def test_layout_keeps_map_order_without_a_hint() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    c = b.claim("C")
    d = b.claim("D")
    b.support(d, t)
    b.support(c, t)
    amap = b.build()
    text = to_argdown(amap)
    assert "order:" not in text
    assert "    + [C2]\n    + [C1]" in text  # D (C2) was linked first
    assert _reload(amap) == amap


def test_order_hint_when_ids_force_a_different_layout() -> None:
    amap = ArgumentMap(
        statements=[
            make_statement("thesis", id="T", text="T"),
            make_statement("claim", id="C", text="C"),
            make_statement("claim", id="D", text="D"),
        ],
        inferences=[
            Inference(id="I2", premises=["C"], conclusion="T"),
            Inference(id="I1", premises=["D"], conclusion="T"),
        ],
    )
    text = to_argdown(amap)
    assert "order: [I2, I1]" in text or "- I2\n  - I1" in text
    assert _reload(amap) == amap


def test_registry_load_and_save(tmp_path: Path) -> None:
    b = MapBuilder(title="Saved")
    b.claim("Kept", supports=b.thesis("Main"))
    path = tmp_path / "m.argdown"
    argmap.save(b.build(), path)
    assert argmap.load(path) == b.build()
    assert argmap.loads(argmap.dumps(b.build(), format="argdown"), format="argdown") == b.build()
    assert argmap.from_argdown(argmap.to_argdown(b.build())) == b.build()


SEED = Path(__file__).resolve().parents[2] / "examples" / "gsomia.yaml"


@pytest.mark.skipif(not SEED.exists(), reason="examples/gsomia.yaml is not in this checkout")
def test_seed_map_converts_to_argdown_and_back_without_loss(tmp_path: Path) -> None:
    amap = argmap.load(SEED)
    text = to_argdown(amap)
    assert "order:" not in text  # the layout alone keeps the inference order
    assert "#thesis" in text and "{placeholder: true}" in text
    assert _reload(amap) == amap
    path = tmp_path / "gsomia.argdown"
    argmap.save(amap, path)
    back = argmap.load(path)
    # save() rebases source.text_file on the new folder: same file, other path.
    assert back.source.text_file and amap.source.text_file
    assert (path.parent / back.source.text_file).resolve() == (
        SEED.parent / amap.source.text_file
    ).resolve()
    rebased = amap.source.model_copy(update={"text_file": back.source.text_file})
    assert back == amap.model_copy(update={"source": rebased})
