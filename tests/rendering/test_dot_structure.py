"""to_dot: structure (linked, convergent, undercut), themes, selection, overlays, determinism."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_rendering import small_map

from argmap.errors import FormatError
from argmap.model import ArgumentMap, MapBuilder
from argmap.rendering.dot import to_dot
from argmap.rendering.highlight import Highlight
from argmap.rendering.themes import THEMES, get_theme

NODE = re.compile(r'^  "([^"]+)" \[id="node-', re.M)
JUNCTION = re.compile(r'^  "([^"]+)" \[id="junction-', re.M)
EDGE = re.compile(r'^  "([^"]+)" -> "([^"]+)" \[(.*)\];$', re.M)


def nodes(dot: str) -> set[str]:
    return set(NODE.findall(dot))


def edges(dot: str) -> list[tuple[str, str, str]]:
    return EDGE.findall(dot)


def test_linked_inference_gets_one_junction_convergent_ones_none() -> None:
    dot = to_dot(small_map())
    # I_linked (two premises) and I_e2 (undercut) have junctions; the others do not.
    assert set(JUNCTION.findall(dot)) == {"I_linked", "I_e2"}
    pairs = [(a, b) for a, b, _ in edges(dot)]
    assert ("P1", "I_linked") in pairs and ("P2", "I_linked") in pairs
    assert ("I_linked", "C1") in pairs
    assert ("E1", "C1") in pairs and ("C1", "T1") in pairs  # convergent: separate arrows
    premise_edges = [attrs for a, b, attrs in edges(dot) if b == "I_linked"]
    assert all("arrowhead=none" in attrs for attrs in premise_edges)
    assert 'class="junction support linked"' in dot


def test_undercut_ends_on_the_attacked_inference() -> None:
    dot = to_dot(small_map())
    undercut = [attrs for a, b, attrs in edges(dot) if a == "R2"]
    assert len(undercut) == 1 and "I_e2" in [b for a, b, _ in edges(dot) if a == "R2"]
    assert 'class="inference attack"' in undercut[0] and "undercut" in undercut[0]


def test_single_premise_map_has_no_junction() -> None:
    b = MapBuilder()
    t = b.thesis("A")
    b.claim("B", supports=t)
    b.claim("C", supports=t)
    assert JUNCTION.findall(to_dot(b.build())) == []


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_theme_tells_attacks_from_supports_beyond_colour(name: str) -> None:
    th = get_theme(name)
    sup, att = th.edge_style("support"), th.edge_style("attack")
    assert sup["style"] != att["style"]
    assert sup["arrowhead"] != att["arrowhead"]
    dot = to_dot(small_map(), theme=name)
    attack_edges = [attrs for a, b, attrs in edges(dot) if 'class="inference attack"' in attrs]
    assert attack_edges and all(f'style="{att["style"]}"' in a for a in attack_edges)


def test_print_theme_is_black_and_white_and_kinds_differ_by_shape_or_border() -> None:
    th = get_theme("print")
    dot = to_dot(small_map(), theme="print", legend=True)
    colours = set(re.findall(r"#[0-9a-fA-F]{6}", dot))
    assert colours <= {"#000000", "#ffffff"}
    looks = {
        k: (s["shape"], s["style"], s["peripheries"], s["penwidth"])
        for k in ("thesis", "claim", "premise", "counterclaim", "rebuttal", "evidence", "question")
        for s in [th.style_for(k)]
    }
    assert len(set(looks.values())) == len(looks)


def test_classroom_follows_the_teaching_colours() -> None:
    th = get_theme("classroom")

    def hue(colour: str) -> str:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return max((r, "red"), (g, "green"), (b, "blue"))[1]

    assert hue(th.border("claim")) == "green" and hue(th.border("premise")) == "green"
    assert hue(th.border("counterclaim")) == "red"
    r, g, b = (int(th.border("rebuttal")[i : i + 2], 16) for i in (1, 3, 5))
    assert r > g > b  # orange
    assert th.kind_style("thesis").penwidth > th.kind_style("claim").penwidth


def test_unknown_theme_and_bad_options_are_clear_errors() -> None:
    m = small_map()
    with pytest.raises(FormatError, match="unknown theme 'neon'"):
        to_dot(m, theme="neon")
    with pytest.raises(FormatError, match="direction"):
        to_dot(m, direction="UP")
    with pytest.raises(FormatError, match="width"):
        to_dot(m, width=3)
    with pytest.raises(FormatError, match="cannot focus on 'nope'"):
        to_dot(m, focus="nope")


def test_focus_and_depth_select_the_neighbourhood() -> None:
    m = small_map()
    assert nodes(to_dot(m, focus="C1", depth=0)) == {"C1"}
    one = nodes(to_dot(m, focus="C1", depth=1))
    assert one == {"C1", "T1", "P1", "P2", "E1", "Q1"}
    two = nodes(to_dot(m, focus="C1", depth=2))
    # CC1 is two hops away; its answer R1 comes with it, so it never looks unanswered.
    assert {"CC1", "E2", "R2", "R1"} <= two
    assert nodes(to_dot(m, focus="C1", depth=5)) == {s.id for s in m.statements}


def test_focus_keeps_only_edges_between_drawn_nodes() -> None:
    dot = to_dot(small_map(), focus="R1", depth=1)
    assert nodes(dot) == {"R1", "CC1"}
    assert [(a, b) for a, b, _ in edges(dot)] == [("R1", "CC1")]


def test_hide_evidence_drops_evidence_and_orphaned_inferences() -> None:
    dot = to_dot(small_map(), hide_evidence=True)
    assert not {"E1", "E2"} & nodes(dot)
    assert "I_e2" not in dot and "I_undercut" not in dot  # premise gone, and its undercut
    assert "R2" in nodes(dot)
    assert all(a not in ("E1", "E2") for a, _, _ in edges(dot))


def test_highlight_ids_and_mapping_add_thick_borders_and_badges() -> None:
    m = small_map()
    dot = to_dot(m, highlight=["C1"])
    line = next(x for x in dot.splitlines() if x.startswith('  "C1" ['))
    assert "highlighted" in line and 'penwidth="3"' in line
    dot = to_dot(m, theme="print", highlight={"CC1": Highlight(badge="OUT", penwidth=4)})
    line = next(x for x in dot.splitlines() if x.startswith('  "CC1" ['))
    assert "<B>[OUT]</B>" in line
    assert 'penwidth="4"' in line


def test_decorate_is_called_per_statement_and_merges_with_highlight() -> None:
    m = small_map()
    seen: list[str] = []

    def label(s: object) -> Highlight | None:
        ref = getattr(s, "id")  # noqa: B009
        seen.append(ref)
        return Highlight(badge="IN", color="#00aa00") if ref.startswith("R") else None

    dot = to_dot(m, decorate=label, highlight={"R1": Highlight(badge="checked")})
    assert sorted(seen) == sorted(s.id for s in m.statements)
    r1 = next(x for x in dot.splitlines() if x.startswith('  "R1" ['))
    assert "[checked · IN]" in r1 and 'color="#00aa00"' in r1
    r2 = next(x for x in dot.splitlines() if x.startswith('  "R2" ['))
    assert "[IN]" in r2
    t1 = next(x for x in dot.splitlines() if x.startswith('  "T1" ['))
    assert "highlighted" not in t1


def test_legend_lists_only_kinds_drawn() -> None:
    b = MapBuilder()
    t = b.thesis("A")
    b.counterclaim("B", attacks=t)
    dot = to_dot(b.build(), legend=True)
    (key,) = [line for line in dot.splitlines() if 'id="legend"' in line]
    assert ">THESIS<" in key and ">COUNTERCLAIM<" in key and "attacks" in key
    assert ">EVIDENCE<" not in key and "supports" not in key and "linked" not in key
    assert "cluster" not in dot  # one compact key, not a box of samples
    assert 'id="legend"' not in to_dot(b.build())


@pytest.mark.parametrize("direction", ["BT", "LR"])
def test_the_legend_is_the_same_compact_key_with_or_without_fit(direction: str) -> None:
    m = small_map()
    plain = to_dot(m, legend=True, direction=direction)
    fitted = to_dot(m, legend=True, fit="a4")
    keys = [
        next(line for line in dot.splitlines() if 'id="legend"' in line) for dot in (plain, fitted)
    ]
    cells = [re.findall(r"<TD[^>]*>(.*?)</TD>", key) for key in keys]
    assert cells[0] == cells[1]  # the same cells, whether fitted or not
    assert '{rank=source; "legend key"}' in plain
    # A sideways diagram gets the key as a column: one cell per row.
    rows = keys[0].count("<TR>")
    assert rows == (1 if direction == "BT" else len(cells[0]))


def test_svg_hooks_on_statement_nodes() -> None:
    line = next(x for x in to_dot(small_map()).splitlines() if x.startswith('  "P2" ['))
    assert 'id="node-P2"' in line and 'URL="#stmt-P2"' in line
    assert 'class="stmt kind-premise implicit"' in line and "tooltip=" in line
    assert "dashed" in line


def test_labels_show_kind_speaker_evidence_type_and_wrap() -> None:
    m = small_map()
    dot = to_dot(m, width=20)
    cc = next(x for x in dot.splitlines() if x.startswith('  "CC1" ['))
    assert "COUNTERCLAIM" in cc and "— South Korean government" in cc
    e2 = next(x for x in dot.splitlines() if x.startswith('  "E2" ['))
    assert "EVIDENCE · testimony" in e2
    body = re.search(r'BALIGN="LEFT">(.*?)</TD>', cc)
    assert body is not None
    lines = [re.sub(r"<[^>]+>", "", x) for x in body.group(1).split('<BR ALIGN="LEFT"/>')]
    assert all(len(x) <= 20 for x in lines)


def test_long_text_is_capped_with_an_ellipsis() -> None:
    b = MapBuilder()
    b.thesis("word " * 400 + "x" * 500)
    dot = to_dot(b.build(), width=30)
    body = re.search(r'BALIGN="LEFT">(.*?)</TD>', dot)
    assert body is not None
    assert body.group(1).count("<BR") == 12 and "…" in body.group(1)


def test_same_map_gives_identical_text_and_inference_order_does_not_matter() -> None:
    m = small_map()
    assert to_dot(m) == to_dot(m)
    shuffled = ArgumentMap(
        source=m.source, statements=m.statements, inferences=list(reversed(m.inferences))
    )
    assert to_dot(shuffled, legend=True) == to_dot(m, legend=True)
    assert to_dot(m, highlight={"T1", "C1", "R1"}) == to_dot(m, highlight=["R1", "C1", "T1"])


def test_output_does_not_depend_on_hash_seed() -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from helpers_rendering import small_map; from argmap.rendering.dot import to_dot;"
        "print(to_dot(small_map(), highlight={'T1','C1','R1','P1'}, legend=True), end='')"
    )
    here = str(Path(__file__).parent)
    outs = {
        subprocess.run(
            [sys.executable, "-c", code, here],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outs) == 1
