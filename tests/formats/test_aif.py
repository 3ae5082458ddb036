"""AIF JSON: how maps become I/RA/CA nodes, how messy files are read, what is reported."""

from __future__ import annotations

import copy
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import argmap
from argmap.errors import ArgmapWarning, MapValidationError, ParseError
from argmap.formats.aif import from_aif, from_aif_dict, to_aif, to_aif_dict
from argmap.formats.registry import format_for_path, get_format
from argmap.model import ArgumentMap, MapBuilder

FIXTURES = Path(__file__).resolve().parent / "aif_fixtures"
REPO = Path(__file__).resolve().parents[2]
XAIF = REPO.parent / "shared" / "corpora" / "xaif-examples"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def sample_map() -> ArgumentMap:
    b = MapBuilder(
        title="Night buses",
        author="The Courier",
        text="We say: keep the night buses running.",
    )
    t = b.thesis("Keep the night buses", quote="keep the night buses")
    c1 = b.claim("Workers need them", supports=t)
    p1 = b.premise("Taxis are dear")
    p2 = b.premise("No trains run at night")
    inf = b.support([p1, p2], c1)
    cc = b.counterclaim("The buses run empty", attacks=t, by="Mayor Lee")
    b.rebuttal("Empty seats still serve nurses", attacks=cc)
    u = b.evidence("Counts miss shift workers", evidence_type="statistic")
    b.attack([u], inf)
    return b.build()


def nodes_by_id(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["nodeID"]: n for n in doc["AIF"]["nodes"]}


def edge_pairs(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(e["fromID"], e["toID"]) for e in doc["AIF"]["edges"]}


# -- writing -------------------------------------------------------------------


def test_statements_are_i_nodes_and_inferences_ra_or_ca() -> None:
    m = sample_map()
    doc = to_aif_dict(m)
    nodes = nodes_by_id(doc)
    for s in m.statements:
        assert nodes[s.id]["type"] == "I"
        assert nodes[s.id]["text"] == s.text
    for inf in m.inferences:
        assert nodes[inf.id]["type"] == ("CA" if inf.polarity == "attack" else "RA")


def test_linked_premises_enter_one_ra_node_and_undercut_targets_it() -> None:
    m = sample_map()
    doc = to_aif_dict(m)
    linked = next(i for i in m.inferences if i.is_linked)
    pairs = edge_pairs(doc)
    assert {(p, linked.id) for p in linked.premises} <= pairs
    assert (linked.id, linked.conclusion) in pairs
    undercut = next(i for i in m.inferences if i.conclusion == linked.id)
    assert nodes_by_id(doc)[undercut.id]["type"] == "CA"
    assert (undercut.id, linked.id) in pairs


def test_spans_and_speakers_become_locutions_and_participants() -> None:
    m = sample_map()
    doc = to_aif_dict(m)
    nodes = nodes_by_id(doc)
    names = {
        f"{p['firstname']} {p['surname']}".strip(): p["participantID"]
        for p in doc["AIF"]["participants"]
    }
    assert set(names) == {"The Courier", "Mayor Lee"}
    said = {loc["nodeID"]: loc["personID"] for loc in doc["AIF"]["locutions"]}
    l_nodes = [n for n in nodes.values() if n["type"] == "L"]
    lee = next(n for n in l_nodes if n["text"] == "Mayor Lee: The buses run empty")
    courier = next(n for n in l_nodes if n["text"] == "The Courier: keep the night buses")
    assert said[lee["nodeID"]] == names["Mayor Lee"]
    assert said[courier["nodeID"]] == names["The Courier"]
    # L -> YA -> I, so tools that follow illocutions find the statement.
    pairs = edge_pairs(doc)
    ya = next(b for a, b in pairs if a == lee["nodeID"])
    assert nodes[ya]["type"] == "YA"
    assert (ya, "CC1") in pairs


def test_source_text_goes_into_the_xaif_text_field() -> None:
    b = MapBuilder(text="Keep the buses. They matter.")
    b.thesis("Keep the buses", quote="Keep the buses")
    m = b.build()
    doc = to_aif_dict(m)
    assert doc["text"] == "Keep the buses. They matter."
    assert from_aif_dict(doc) == m


def test_round_trip_of_a_built_map_through_text() -> None:
    m = sample_map()
    assert from_aif(to_aif(m)) == m


def test_fields_without_an_aif_home_travel_in_the_argmap_key() -> None:
    b = MapBuilder()
    t = b.thesis("Act", tags=["core"], note="check")
    b.evidence("Exports fell", supports=t, evidence_type="statistic", citation="Stats office")
    node = nodes_by_id(to_aif_dict(b.build()))["E1"]
    assert node["argmap"]["kind"] == "evidence"
    assert node["argmap"]["evidence_type"] == "statistic"
    assert node["argmap"]["citation"] == "Stats office"


def test_maps_without_argmap_keys_still_read_as_other_tools_see_them() -> None:
    m = sample_map()
    doc = to_aif_dict(m)
    del doc["argmap"]
    for node in doc["AIF"]["nodes"]:
        node.pop("argmap", None)
    plain = from_aif_dict(doc)
    kinds = {s.id: s.kind for s in plain.statements}
    assert kinds["T1"] == "thesis"
    assert kinds["CC1"] == "counterclaim"
    assert kinds["R1"] == "rebuttal"
    assert kinds["C1"] == "claim"
    assert kinds["P1"] == kinds["P2"] == "premise"
    assert plain.statement("CC1").attributed_to == "Mayor Lee"
    assert [(i.premises, i.conclusion, i.polarity) for i in plain.inferences] == [
        (i.premises, i.conclusion, i.polarity) for i in m.inferences
    ]


# -- reading messy files ------------------------------------------------------------


def test_messy_aifdb_export_reads_with_a_precise_report() -> None:
    with pytest.warns(ArgmapWarning) as record:
        m = from_aif(read_fixture("messy.json"), source="messy.json")
    message = str(record[0].message)
    assert message.startswith("messy.json: ")
    for part in ("TA node", "203 'Default Transition'", "PA node", "204", "'analyst'", ": 8"):
        assert part in message, part
    assert [s.id for s in m.statements] == ["101", "102", "103", "105", "107", "109", "111"]
    linked = m.inference("104")
    assert linked.premises == ["102", "103"]
    assert linked.scheme == "Argument From Consequences"
    assert linked.data["aif"] == {"schemeID": 12}
    assert m.inference("106").polarity == "attack"
    undercut = m.inference("112")
    assert (undercut.polarity, undercut.conclusion) == ("attack", "104")
    rephrase = m.inference("110")
    assert (rephrase.polarity, rephrase.scheme) == ("support", "rephrase")
    assert m.statement("105").attributed_to == "Mayor Lee"
    assert m.statement("101").data["aif"] == {"timestamp": "2024-02-01 10:00:00"}
    kinds = {s.id: s.kind for s in m.statements}
    assert kinds == {
        "101": "thesis",
        "102": "claim",
        "103": "premise",
        "105": "counterclaim",
        "107": "rebuttal",
        "109": "premise",
        "111": "counterclaim",
    }


def test_rephrase_and_kept_aif_keys_go_back_out() -> None:
    with pytest.warns(ArgmapWarning):
        m = from_aif(read_fixture("messy.json"))
    doc = to_aif_dict(m)
    nodes = nodes_by_id(doc)
    assert nodes["110"]["type"] == "MA"
    assert nodes["104"]["schemeID"] == 12
    assert nodes["101"]["timestamp"] == "2024-02-01 10:00:00"
    assert from_aif_dict(doc) == m


def test_highlighted_xaif_text_gives_plain_text_and_spans() -> None:
    m = from_aif(read_fixture("highlighted.json"))
    text = m.source.text
    assert text is not None
    assert "<span" not in text
    assert "&amp;" not in text
    assert " & then some" in text
    for s in m.statements:
        (span,) = s.spans
        assert text[span.start : span.end] == span.quote
        assert s.attributed_to == "Jo"
    assert m.statement("b1").spans[0].quote == "low fares keep riders"


def test_ids_that_are_not_argmap_ids_are_renamed_and_kept() -> None:
    doc = {
        "nodes": [
            {"nodeID": "node one", "text": "Act", "type": "I"},
            {"nodeID": "2", "text": "Because", "type": "I"},
            {"nodeID": "r", "text": "Default Inference", "type": "RA"},
        ],
        "edges": [{"fromID": "2", "toID": "r"}, {"fromID": "r", "toID": "node one"}],
    }
    m = from_aif_dict(doc)
    first = m.statements[0]
    assert first.id == "nnode_one"
    assert first.data["aif"] == {"nodeID": "node one"}
    assert m.inferences[0].conclusion == "nnode_one"


def test_lists_at_top_level_or_under_aif_read_the_same() -> None:
    flat = json.loads(read_fixture("no_conclusion.json"))
    flat["edges"].append({"fromID": 2, "toID": 1})
    flat["nodes"].append({"nodeID": 3, "text": "A reason", "type": "I"})
    flat["edges"][0]["fromID"] = 3
    wrapped = {"AIF": copy.deepcopy(flat)}
    assert from_aif_dict(flat) == from_aif_dict(wrapped)


# -- broken input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "line", "words"),
    [
        ("dangling.json", 9, "'99' is not a node"),
        ("unknown_type.json", 3, "unknown type 'XX'"),
        ("no_conclusion.json", 3, "has no conclusion"),
    ],
)
def test_broken_fixtures_give_located_errors(fixture: str, line: int, words: str) -> None:
    with pytest.raises(MapValidationError) as info:
        from_aif(read_fixture(fixture), source=fixture)
    (problem,) = info.value.problems
    assert problem.line == line
    assert words in problem.message
    assert str(info.value).startswith(f"{fixture}: ")


def _doc(nodes: list[Any], edges: list[Any]) -> dict[str, Any]:
    return {"nodes": nodes, "edges": edges}


I1 = {"nodeID": "a", "text": "A", "type": "I"}
I2 = {"nodeID": "b", "text": "B", "type": "I"}
RA = {"nodeID": "r", "text": "Default Inference", "type": "RA"}


@pytest.mark.parametrize(
    ("doc", "ref", "words"),
    [
        (_doc([I1, I1], []), "a", "duplicate nodeID"),
        (_doc([I1, RA], [{"fromID": "r", "toID": "a"}]), "r", "no premise"),
        (
            _doc([I1, I2, RA, {**RA, "nodeID": "s"}], [
                {"fromID": "a", "toID": "r"}, {"fromID": "r", "toID": "b"},
                {"fromID": "b", "toID": "s"}, {"fromID": "s", "toID": "r"},
            ]),
            "s",
            "only a conflict (CA) may target an inference",
        ),
        (
            _doc([I1, I2, {**I2, "nodeID": "c"}, RA], [
                {"fromID": "a", "toID": "r"}, {"fromID": "r", "toID": "b"},
                {"fromID": "r", "toID": "c"},
            ]),
            "r",
            "2 conclusions",
        ),
        (_doc([{"nodeID": "a", "type": "I"}], []), "a", "text"),
        (_doc([{"text": "x", "type": "I"}], []), None, "no usable nodeID"),
    ],
)  # fmt: skip
def test_broken_structures_name_the_node(doc: dict[str, Any], ref: str | None, words: str) -> None:
    with pytest.raises(MapValidationError) as info:
        from_aif_dict(doc)
    problem = info.value.problems[0]
    assert problem.ref == ref
    assert words in str(problem)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [('{"nodes": [\n  {"nodeID": 1,,}\n]}', 2, 16), ("[1, 2", 1, 6)],
)
def test_json_syntax_errors_have_line_and_column(text: str, line: int, column: int) -> None:
    with pytest.raises(ParseError) as info:
        from_aif(text, source="x.aif.json")
    assert (info.value.line, info.value.column) == (line, column)
    assert str(info.value).startswith("x.aif.json:")


@pytest.mark.parametrize("text", ["[]", '{"edges": []}', '"nodes"'])
def test_documents_that_are_not_aif_are_refused(text: str) -> None:
    with pytest.raises(MapValidationError, match="AIF"):
        from_aif(text)


# -- files and the registry ------------------------------------------------------------------


def test_suffixes_pick_aif_and_plain_json_stays_native() -> None:
    assert format_for_path("m.aif.json").name == "aif"
    assert format_for_path("m.aif").name == "aif"
    assert format_for_path("m.json").name == "json"
    assert get_format("aif").lossless


def test_save_and_load_through_the_public_api(tmp_path: Path) -> None:
    m = sample_map()
    path = tmp_path / "night.aif.json"
    argmap.save(m, path)
    assert json.loads(path.read_text(encoding="utf-8"))["AIF"]["nodes"]
    assert argmap.load(path) == m
    plain = tmp_path / "night.json"
    plain.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert argmap.load(plain, format="aif") == m


def test_seed_map_converts_to_aif_and_back_without_loss() -> None:
    m = argmap.load(REPO / "examples" / "gsomia.yaml")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        back = from_aif(to_aif(m))
    assert back == m
    assert len(back.inferences) == len(m.inferences) > 0


# -- the real xAIF files in ../shared -----------------------------------------------


def _shared(name: str) -> str:
    path = XAIF / name
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return path.read_text(encoding="utf-8")


@pytest.mark.shared
def test_real_xaif_example_reads_with_spans_and_speaker() -> None:
    with pytest.warns(ArgmapWarning) as record:
        m = from_aif(_shared("xAIF-example.json"), source="xAIF-example.json")
    message = str(record[0].message)
    for part in ("TA node", "'Default Transition'", "'Arguing'", "'OVA'", "participants"):
        assert part in message, part
    assert [(s.kind, s.text) for s in m.statements] == [("thesis", "A"), ("premise", "B")]
    text = m.source.text
    assert text is not None
    assert "<span" not in text
    for s in m.statements:
        assert s.attributed_to == "Participant Rachel"
        assert [sp.quote for sp in s.spans] == [s.text]
    (inf,) = m.inferences
    assert (inf.premises, inf.conclusion) == (["15_164926162804546033"], "2_164926129380455983")


@pytest.mark.shared
def test_real_twitter_xaif_reads_an_attack() -> None:
    with pytest.warns(ArgmapWarning, match="TA node"):
        m = from_aif(_shared("twitter-3915-in-xAIF.json"))
    (attack,) = m.inferences
    assert attack.polarity == "attack"
    assert attack.scheme == "Calling Out"
    assert m.statement(attack.premises[0]).kind == "counterclaim"
    assert m.statement(attack.conclusion).attributed_to == "POSTER_1"
    assert m.statement(attack.premises[0]).attributed_to == "USER_27"
