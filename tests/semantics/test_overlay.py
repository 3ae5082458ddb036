"""Overlays: acceptability labels and findings drawn on the diagram, in every theme."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import argmap
from argmap.checks import Finding, Severity, check
from argmap.cli import main
from argmap.model import ArgumentMap, MapBuilder
from argmap.rendering.highlight import Highlight
from argmap.rendering.overlay import finding_highlights, label_highlights, overlay
from argmap.rendering.themes import THEMES, get_theme
from argmap.semantics import evaluate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def debate() -> ArgumentMap:
    """T1 stands (CC1 is rebutted; P1 holds it up), CC2 and R2 attack each other, C1 falls."""
    b = MapBuilder(title="A debate")
    t = b.thesis("Keep the pact")
    cc = b.counterclaim("It is only symbolic", attacks=t)
    b.rebuttal("Symbols matter", attacks=cc)
    x = b.counterclaim("It no longer serves us")
    y = b.rebuttal("That verdict came too soon")
    b.attack(x, y)
    b.attack(y, x)
    c = b.claim("Ties are fraying", supports=t)
    e = b.evidence("Visits fell", supports=c)
    b.counterclaim("The figures are wrong", attacks=e)
    b.premise("Deterrence needs it", supports=t)
    return b.build()


def node_line(dot: str, ref: str) -> str:
    match = re.search(rf'^  "{re.escape(ref)}" \[id="node-.*$', dot, flags=re.M)
    assert match is not None, ref
    return match.group(0)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_labels_badge_every_statement_in_every_theme(theme: str) -> None:
    m = debate()
    ev = evaluate(m)
    dot = argmap.to_dot(m, theme=theme, labels=True)
    badges = {"in": "[✓ IN]", "out": "[✗ OUT]", "undec": "[? UNDECIDED]"}
    for s in m.statements:
        line = node_line(dot, s.id)
        assert badges[ev[s.id].label.value] in line, (s.id, line)
        assert "highlighted" in line
        assert ev[s.id].reason in line  # the reason is the tooltip
    # Defeated statements are greyed, whatever the theme.
    fill = 'fillcolor="#e4e4e4"' if theme == "print" else 'fillcolor="#e6e6e6"'
    assert fill in node_line(dot, "E1") and fill in node_line(dot, "C1")
    assert fill not in node_line(dot, "T1")


def test_print_theme_marks_labels_without_colour() -> None:
    dot = argmap.to_dot(debate(), theme="print", labels=True)
    colours = set(re.findall(r'color="(#[0-9a-f]{6})"', dot)) | set(
        re.findall(r'COLOR="(#[0-9a-f]{6})"', dot)
    )
    # Only greys: black ink, the theme's greys and the grey fill of defeated statements.
    for c in colours:
        r, g, b = (int(c[i : i + 2], 16) for i in (1, 3, 5))
        assert r == g == b, c


def test_in_statements_keep_the_border_of_their_kind() -> None:
    th = get_theme("classroom")
    line = node_line(argmap.to_dot(debate(), labels=True), "T1")
    assert f'color="{th.border("thesis")}"' in line
    undecided = node_line(argmap.to_dot(debate(), labels=True), "CC2")
    assert 'penwidth="3.5"' in undecided


def test_findings_badge_the_flagged_statements() -> None:
    m = debate()
    findings = check(m)
    dot = argmap.to_dot(m, findings=True)
    flagged = {ref for f in findings for ref in f.ids if ref in {s.id for s in m.statements}}
    assert flagged
    for ref in flagged:
        codes = [f.code for f in findings if ref in f.ids]
        line = node_line(dot, ref)
        assert "⚠ " in line and any(code in line for code in codes)
    for s in m.statements:
        if s.id not in flagged:
            assert "⚠" not in node_line(dot, s.id)


def test_findings_given_as_a_list_and_merged_with_labels() -> None:
    m = debate()
    finding = Finding("made-up", Severity.ERROR, ("T1",), 'T1 says "x"];')
    dot = argmap.to_dot(m, findings=[finding], labels=True)
    line = node_line(dot, "T1")
    assert "[✓ IN · ⚠ made-up]" in line
    assert 'error made-up: T1 says \\"x\\"];' in line  # escaped inside the tooltip
    assert f'color="{get_theme("classroom").highlight}"' in line
    assert 'penwidth="3.5"' in line


def test_several_findings_on_one_statement() -> None:
    fs = [
        Finding("a-note", Severity.INFO, ("C1",), "first"),
        Finding("a-flaw", Severity.WARNING, ("C1", "C2"), "second"),
    ]
    marks = finding_highlights(fs, theme="print")
    assert marks["C1"].badge == "⚠ a-flaw +1"
    assert marks["C1"].tooltip == "warning a-flaw: second\ninfo a-note: first"
    assert "C2" not in marks  # named as context only: the finding is about C1
    assert finding_highlights([fs[0]], theme="print")["C1"].penwidth == 2.0


def test_explicit_highlight_still_applies_on_top() -> None:
    marks = overlay(debate(), labels=True, highlight={"T1": Highlight(badge="look")})
    assert marks["T1"].badge == "✓ IN · look"
    assert overlay(debate(), labels=False, findings=False) == {}


def test_labels_accept_an_evaluation_or_a_semantics_name() -> None:
    m = debate()
    given = evaluate(m, semantics="preferred")
    assert overlay(m, labels=given) == overlay(m, labels="preferred")
    assert label_highlights(given)["CC2"].badge == "? UNDECIDED"


def test_without_overlay_options_the_dot_is_unchanged() -> None:
    m = debate()
    assert argmap.to_dot(m, labels=None, findings=False) == argmap.to_dot(m)
    assert "✓ IN" not in argmap.to_dot(m)


def test_focus_draws_labels_only_on_drawn_statements() -> None:
    dot = argmap.to_dot(debate(), labels=True, focus="E1", depth=1)
    assert "[✗ OUT]" in node_line(dot, "E1")
    assert '"CC2"' not in dot


def test_cli_render_labels_and_findings(tmp_path: Path) -> None:
    out = tmp_path / "gsomia.dot"
    code = main(["render", str(EXAMPLES / "gsomia.yaml"), "-o", str(out), "--labels", "--findings"])
    assert code == 0
    dot = out.read_text(encoding="utf-8")
    ev = evaluate(argmap.load(EXAMPLES / "gsomia.yaml"))
    for ref in ev.defeated():
        assert "[✗ OUT" in node_line(dot, ref)
    assert "⚠ hedged-rebuttal" in node_line(dot, "R2")


@pytest.mark.graphviz
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` is not installed")
@pytest.mark.parametrize("theme", ["classroom", "print"])
def test_graphviz_draws_the_badges(theme: str) -> None:
    svg = argmap.to_svg(debate(), theme=theme, labels=True, findings=True)
    assert "✗ OUT" in svg and "? UNDECIDED" in svg and "✓ IN" in svg


def test_findings_mark_their_subjects_not_the_context() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.counterclaim("Critics agree", supports=t)
    marks = finding_highlights(argmap.check(b.build()))
    # kind-mismatch names T1 as context; the finding is about CC1
    assert set(marks) == {"CC1"}
    assert marks["CC1"].badge is not None and marks["CC1"].badge.startswith("⚠ ")
    assert marks["CC1"].tooltip is not None and "never answered" in marks["CC1"].tooltip


def test_every_statement_of_a_circle_is_marked() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    a = b.claim("A", supports=t)
    c = b.claim("C", supports=a)
    b.support(a, c)
    marks = finding_highlights(argmap.check(b.build(), select=["circular-support"]))
    assert set(marks) == {"C1", "C2"}
