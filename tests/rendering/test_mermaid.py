"""to_mermaid: structure, escaping of hostile text, and the registered export format."""

from __future__ import annotations

import re

import pytest
from helpers_rendering import HOSTILE, hostile_map, small_map

import argmap
from argmap.errors import ArgmapWarning, FormatError
from argmap.formats.io import dumps
from argmap.formats.mermaid import to_mermaid
from argmap.formats.registry import format_for_path, get_format
from argmap.model import MapBuilder

NODE = re.compile(r'^  (\w+)\["(.*)"\]:::(\w+)$')


def test_structure_linked_convergent_attack_and_undercut() -> None:
    text = to_mermaid(small_map())
    lines = text.splitlines()
    assert lines[0] == "flowchart BT"
    assert '  j_I_linked((" ")):::junction_support' in lines
    assert "  s_P1 --- j_I_linked" in lines and "  s_P2 --- j_I_linked" in lines
    assert "  j_I_linked --> s_C1" in lines
    assert "  s_E1 --> s_C1" in lines  # convergent: its own arrow
    assert "  s_CC1 -.->|attack| s_T1" in lines
    assert "  s_R2 -.->|attack| j_I_e2" in lines  # the undercut ends on the junction
    links = [x for x in lines if re.search(r" (---|-->|-\.->)", x)]
    styles = [x for x in lines if x.startswith("  linkStyle ")]
    assert len(styles) == len(links)
    assert all(f"linkStyle {n} " in styles[n] for n in range(len(styles)))
    assert "class s_P2 implicit" in text


def test_every_statement_is_a_node_with_its_kind_class() -> None:
    amap = small_map()
    found = {m.group(1): m.group(3) for x in to_mermaid(amap).splitlines() if (m := NODE.match(x))}
    assert found == {f"s_{s.id}": s.kind for s in amap.statements}


@pytest.mark.parametrize("theme", ["classroom", "colorblind", "print"])
def test_hostile_text_is_entity_coded(theme: str) -> None:
    text = to_mermaid(hostile_map(), theme=theme, show_ids=True)
    for line in text.splitlines():
        m = NODE.match(line)
        if not m:
            continue
        label = m.group(2)
        body = re.sub(r"</?(small|i|br/)>|#(\w+);", "", label)
        assert not re.search(r'[<>"`\[\]{}|;]', body), line
        assert not re.search(r"[\x00-\x1f\x7f]", body)
    assert "#lt;script#gt;alert#40;1#41;#lt;/script#gt;" in text
    assert "#quot;#93;#59; digraph x #123;" in text
    assert "#35;quot#59;" in text  # a literal entity in the text is not decoded


def test_ids_are_made_safe_and_unique() -> None:
    b = MapBuilder()
    t = b.thesis("A", id="end")
    b.claim("B", id="a.b", supports=t)
    b.claim("C", id="a-b", supports=t)
    text = to_mermaid(b.build())
    assert "s_end[" in text and "s_a_b[" in text and "s_a_b_2[" in text


def test_options_and_errors() -> None:
    amap = small_map()
    assert to_mermaid(amap, direction="LR").startswith("flowchart LR\n")
    assert "s_E1" not in to_mermaid(amap, hide_evidence=True)
    focused = to_mermaid(amap, focus="R1", depth=1)
    assert "s_R1[" in focused and "s_CC1[" in focused and "s_T1[" not in focused
    with pytest.raises(FormatError, match="direction"):
        to_mermaid(amap, direction="diagonal")


def test_registered_as_export_only_formats() -> None:
    fmt = get_format("mermaid")
    assert not fmt.readable and fmt.suffixes == (".mmd", ".mermaid")
    assert format_for_path("x.mmd").name == "mermaid"
    assert format_for_path("x.gv").name == "dot" and not get_format("dot").readable
    with pytest.warns(ArgmapWarning, match="left out: .*schemes"):
        assert dumps(small_map(), format="mermaid") == to_mermaid(small_map())
    assert dumps(small_map(), format="dot") == argmap.to_dot(small_map())  # shows all it has
    with pytest.raises(FormatError, match="but not read it"):
        argmap.loads("flowchart BT", format="mermaid")


def test_hostile_strings_all_reach_the_chart() -> None:
    text = to_mermaid(hostile_map())
    assert "emoji #128578;#128293;" in text
    assert len(HOSTILE) + 1 == len([x for x in text.splitlines() if NODE.match(x)])
