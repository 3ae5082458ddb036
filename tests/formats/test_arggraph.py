"""arggraph XML (the microtext corpora): statements anchored to the text, edges as inferences."""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import ArgmapWarning, FormatError, MapValidationError, ParseError
from argmap.formats.arggraph import from_arggraph
from argmap.formats.registry import get_format

MICROTEXTS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "microtexts-part2" / "en"

#: Written for these tests: every edge type, an implicit central claim, an ADU
#: realised twice, an undercut of a rebuttal and a linked (``add``) premise.
DEBATE = """<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="bus_01" topic_id="night_buses" stance="pro">
  <edu id="e1"><![CDATA[Night buses carry nurses home.]]></edu>
  <edu id="e2"><![CDATA[Hospitals run all night]]></edu>
  <edu id="e3"><![CDATA[and shifts end at three.]]></edu>
  <edu id="e4"><![CDATA[Some say the buses run empty.]]></edu>
  <edu id="e5"><![CDATA[But empty seats at 3 a.m. are the point of a service.]]></edu>
  <edu id="e6"><![CDATA[Last winter a nurse in Leeds walked an hour in the snow.]]></edu>
  <edu id="e7"><![CDATA[In short, nurses need night buses.]]></edu>
  <edu id="e8" implicit="true"><![CDATA[The city should keep its night buses.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="pro"/>
  <adu id="a4" type="opp"/>
  <adu id="a5" type="pro"/>
  <adu id="a6" type="pro"/>
  <adu id="a7" type="pro"/>
  <edge id="c10" src="e8" trg="a1" type="seg"/>
  <edge id="c11" src="e1" trg="a2" type="seg"/>
  <edge id="c12" src="e7" trg="a2" type="seg"/>
  <edge id="c13" src="e2" trg="a3" type="seg"/>
  <edge id="c14" src="e3" trg="a7" type="seg"/>
  <edge id="c15" src="e4" trg="a4" type="seg"/>
  <edge id="c16" src="e5" trg="a5" type="seg"/>
  <edge id="c17" src="e6" trg="a6" type="seg"/>
  <edge id="c1" src="a2" trg="a1" type="sup"/>
  <edge id="c2" src="a3" trg="a2" type="sup"/>
  <edge id="c3" src="a7" trg="c2" type="add"/>
  <edge id="c4" src="a4" trg="a1" type="reb"/>
  <edge id="c5" src="a5" trg="c4" type="und"/>
  <edge id="c6" src="a6" trg="a2" type="exa"/>
</arggraph>
"""


def debate() -> argmap.ArgumentMap:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return from_arggraph(DEBATE, source="bus_01.xml")


def test_every_adu_is_a_statement_with_its_words() -> None:
    m = debate()
    assert [s.id for s in m.statements] == ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]
    assert m.statement("a3").text == "Hospitals run all night"
    assert m.statement("a2").text == "Night buses carry nurses home."  # its first EDU


def test_the_text_is_the_authors_edus_and_spans_are_exact() -> None:
    m = debate()
    text = m.source.text
    assert text is not None
    assert text.startswith("Night buses carry nurses home. Hospitals run all night and shifts")
    assert "The city should keep" not in text  # the implicit EDU is not the author's
    for s in m.statements:
        for span in s.spans:
            assert span.start is not None and span.end is not None
            assert text[span.start : span.end] == span.quote
    assert [sp.quote for sp in m.statement("a2").spans] == [
        "Night buses carry nurses home.",
        "In short, nurses need night buses.",
    ]


def test_the_central_claim_is_the_thesis_even_when_implicit() -> None:
    thesis = debate().statement("a1")
    assert thesis.kind == "thesis"
    assert thesis.implicit and not thesis.spans
    assert thesis.text == "The city should keep its night buses."


def test_kinds_follow_stance_and_role() -> None:
    kinds = {s.id: s.kind for s in debate().statements}
    assert kinds == {
        "a1": "thesis",
        "a2": "claim",  # supports and is supported
        "a3": "premise",
        "a4": "counterclaim",  # the opponent's voice
        "a5": "rebuttal",  # the author attacking the opponent
        "a6": "evidence",  # an example
        "a7": "premise",
    }
    assert debate().statement("a6").evidence_type == "example"  # type: ignore[attr-defined]


def test_edges_become_inferences_linked_undercut_and_example() -> None:
    m = debate()
    got = {i.id: (i.premises, i.conclusion, i.polarity, i.scheme) for i in m.inferences}
    assert got == {
        "c1": (["a2"], "a1", "support", None),
        "c2": (["a3", "a7"], "a2", "support", None),  # c3 (add) makes it linked
        "c4": (["a4"], "a1", "attack", None),
        "c5": (["a5"], "c4", "attack", None),  # undercuts the rebuttal c4
        "c6": (["a6"], "a2", "support", "example"),
    }


def test_the_graph_attributes_are_kept() -> None:
    m = debate()
    assert m.source.title == "bus_01"
    assert m.meta == {"arggraph": {"topic_id": "night_buses", "stance": "pro"}}
    assert m.statement("a4").data == {"arggraph": {"type": "opp", "edus": ["e4"]}}
    assert m.inference("c6").data == {"arggraph": {"type": "exa"}}


def test_the_map_passes_its_own_checks_of_structure() -> None:
    codes = {f.code for f in argmap.check(debate())}
    assert not codes & {"missing-thesis", "multiple-theses", "disconnected", "circular-support"}


# -- bad input -------------------------------------------------------------------------


def _doc(body: str) -> str:
    return f'<arggraph id="x">\n{body}\n</arggraph>\n'


EDUS = """<edu id="e1">A</edu>
<edu id="e2">B</edu>
<adu id="a1" type="pro"/>
<adu id="a2" type="pro"/>"""
SEGS = """<edge id="s1" src="e1" trg="a1" type="seg"/>
<edge id="s2" src="e2" trg="a2" type="seg"/>"""
BASE = f"{EDUS}\n{SEGS}\n"


def _edge(ident: str, src: str, trg: str, kind: str) -> str:
    return f'<edge id="{ident}" src="{src}" trg="{trg}" type="{kind}"/>'


@pytest.mark.parametrize(
    ("body", "ref", "words"),
    [
        (BASE + _edge("c1", "a2", "a9", "sup"), "c1", "'a9', which is no ADU"),
        (BASE + _edge("c1", "a7", "a1", "reb"), "c1", "'a7', which is no ADU"),
        (BASE + _edge("c1", "a2", "c9", "und"), "c1", "no sup, exa, reb or und edge"),
        (BASE + _edge("c1", "a2", "s1", "add"), "c1", "no sup, exa, reb or und edge"),
        (EDUS + _edge("s1", "e1", "a1", "seg"), "a2", "ADU 'a2' has no words"),
        (BASE + _edge("s3", "a1", "a2", "seg"), "s3", "'a1', which is no EDU"),
        (BASE + '<edge id="c1" src="a2" type="sup"/>', "c1", "has no trg"),
        (f'{EDUS}\n<edu id="e1">again</edu>\n{SEGS}', "e1", "given to two elements"),
        (
            '<edu id="e1"> </edu>\n<adu id="a1"/>\n' + _edge("s1", "e1", "a1", "seg"),
            "e1",
            "no text",
        ),
    ],
)
def test_broken_structure_names_the_element_and_its_line(body: str, ref: str, words: str) -> None:
    text = _doc(body)
    with pytest.raises(MapValidationError) as info:
        from_arggraph(text, source="bad.xml")
    problem = next(p for p in info.value.problems if words in p.message)
    assert problem.ref == ref
    assert problem.line is not None
    line = text.splitlines()[problem.line - 1]
    assert re.search(rf'id="{ref}"', line), line
    assert str(info.value).startswith("bad.xml: ")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("<arggraph><edu id='e1'>A</arggraph>", "not well-formed arggraph XML"),
        ("not xml at all", "not well-formed arggraph XML"),
        ('<!DOCTYPE a [<!ENTITY x "y">]><arggraph/>', "declares an entity"),
    ],
)
def test_xml_that_is_not_well_formed_is_a_located_parse_error(text: str, words: str) -> None:
    with pytest.raises(ParseError, match=words) as info:
        from_arggraph(text, source="x.xml")
    assert info.value.line == 1 and info.value.column is not None


def test_another_xml_document_is_refused() -> None:
    with pytest.raises(MapValidationError, match="not <arggraph>"):
        from_arggraph("<graphml/>")


def test_what_argmap_cannot_hold_is_named_in_one_warning() -> None:
    body = BASE + '<joint id="j1"/>\n' + _edge("c1", "a2", "a1", "xyz")
    with pytest.warns(ArgmapWarning) as record:
        m = from_arggraph(_doc(body), source="odd.xml")
    assert len(record) == 1
    message = str(record[0].message)
    assert message.startswith("odd.xml: arggraph content argmap does not hold was left out: ")
    assert "1 element argmap has no place for: <joint>" in message
    assert "edge of a type arggraph does not define: 'c1' ('xyz')" in message
    # Without the edge both ADUs are sources of nothing: no thesis, and it says so.
    assert "a thesis" in message and m.theses == []


# -- files, the registry and the command line -----------------------------------------------


def test_arggraph_is_read_by_name_only(tmp_path: Path) -> None:
    fmt = get_format("arggraph")
    assert fmt.readable and not fmt.writable and fmt.suffixes == ()
    path = tmp_path / "bus_01.xml"
    path.write_text(DEBATE, encoding="utf-8")
    with pytest.raises(FormatError, match="cannot tell the format"):
        argmap.load(path)
    assert argmap.load(path, format="arggraph") == debate()
    with pytest.raises(FormatError, match="reads arggraph but does not write it"):
        argmap.save(debate(), tmp_path / "out.yaml", format="arggraph")


def test_convert_from_arggraph_file_and_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bus_01.xml").write_text(DEBATE, encoding="utf-8")
    (src / "bus_01.txt").write_text("not a map", encoding="utf-8")
    out = tmp_path / "bus.yaml"
    assert main(["convert", str(src / "bus_01.xml"), str(out), "--from", "arggraph"]) == 0
    assert argmap.load(out) == debate()
    assert (
        main(["convert", str(src), str(tmp_path / "maps"), "--from", "arggraph", "--to", "yaml"])
        == 0
    )
    assert sorted(p.name for p in (tmp_path / "maps").iterdir()) == ["bus_01.yaml"]


# -- the whole corpus: microtexts part 2 -----------------------------------------------------


def _corpus() -> list[Path]:
    files = sorted(MICROTEXTS.glob("*.xml"))
    if not files:
        pytest.skip(f"{MICROTEXTS} is not present")
    return files


@pytest.mark.shared
def test_every_microtext_loads_with_counts_matching_the_xml() -> None:
    files = _corpus()
    assert len(files) == 171
    totals: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        root = ET.fromstring(text)
        adus = {a.get("id"): a.get("type") for a in root.iter("adu")}
        edges = [
            (e.get("id"), e.get("src"), e.get("trg"), e.get("type")) for e in root.iter("edge")
        ]
        kinds = Counter(kind for *_, kind in edges)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # nothing in the corpus is left out
            m = from_arggraph(text, source=path.name)
        # every ADU a statement, every sup/exa/reb/und edge an inference, every add a premise
        assert [s.id for s in m.statements] == list(adus), path.name
        assert len(m.inferences) == kinds["sup"] + kinds["exa"] + kinds["reb"] + kinds["und"]
        assert sum(len(i.premises) - 1 for i in m.inferences) == kinds["add"]
        undercuts = [i for i in m.inferences if i.conclusion not in adus]
        assert len(undercuts) == kinds["und"]
        # every seg edge a span, or an implicit statement
        implicit = {e.get("id") for e in root.iter("edu") if e.get("implicit") == "true"}
        spans = sum(len(s.spans) for s in m.statements)
        assert spans == sum(1 for _, src, _, k in edges if k == "seg" and src not in implicit)
        assert m.source.text is not None
        for s in m.statements:
            assert s.spans or s.implicit, (path.name, s.id)
            for sp in s.spans:
                assert m.source.text[sp.start : sp.end] == sp.quote
        # the central claim (source of no edge) is the thesis
        sources = {src for _, src, _, k in edges if k != "seg"}
        (central,) = [a for a in adus if a not in sources]
        assert [t.id for t in m.theses] == [central], path.name
        # the text is the author's EDUs; with no implicit claim, exactly the .txt file
        authors = [e.text or "" for e in root.iter("edu") if e.get("id") not in implicit]
        assert m.source.text == " ".join(authors)
        if not implicit:
            assert m.source.text == path.with_suffix(".txt").read_text(encoding="utf-8")
        totals.update(adu=len(adus), statements=len(m.statements), **kinds)
        totals.update(Counter(s.kind for s in m.statements))
    # The figures of the corpus README.
    assert totals["adu"] == totals["statements"] == 932
    assert (totals["sup"], totals["exa"], totals["reb"], totals["und"], totals["add"]) == (
        467, 23, 137, 77, 57,
    )  # fmt: skip
    assert totals["thesis"] == 171
    assert totals["counterclaim"] == 127 - 1  # one central claim is an opponent ADU


@pytest.mark.shared
def test_microtexts_convert_as_a_folder(tmp_path: Path) -> None:
    files = _corpus()
    assert (
        main(["convert", str(files[0].parent), str(tmp_path), "--from", "arggraph", "--to", "yaml"])
        == 0
    )
    assert len(list(tmp_path.glob("*.yaml"))) == 171
