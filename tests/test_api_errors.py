"""The Python API answers bad values with argmap's own errors, never a builtin's or pydantic's."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import argmap
from argmap.errors import MAX_LINE, FormatError, MapValidationError, Problem, UnknownIdError
from argmap.model import MapBuilder

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _map() -> argmap.ArgumentMap:
    b = MapBuilder(title="On acting")
    t = b.thesis("Act now")
    c = b.claim("Delay costs", supports=t)
    b.evidence("Costs rose 5%", type="statistic", supports=c)
    return b.build()


def test_challenges_of_an_unknown_id_is_an_unknown_id_error() -> None:
    with pytest.raises(UnknownIdError, match="'NOPE'") as info:
        argmap.challenges(_map(), ids=["E1", "NOPE"])
    assert info.value.ids == ["NOPE"]
    assert isinstance(info.value, argmap.ArgmapError) and isinstance(info.value, KeyError)
    assert str(info.value) == "no statement or inference 'NOPE' in the map"  # not a repr


def test_challenges_takes_one_id_as_a_string() -> None:
    one = argmap.challenges(_map(), ids="E1")
    assert {q.target for q in one.statements if q.kind == "question"} == {"E1"}


@pytest.mark.parametrize("limit", [-1, 1.5, "2", True])
def test_challenges_limit_must_be_a_whole_number(limit: object) -> None:
    with pytest.raises(FormatError, match="limit must be a whole number"):
        argmap.challenges(_map(), limit=limit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "draw",
    [
        lambda m: argmap.pipe(m, format="dot", highlight=["NOPE"]),
        lambda m: argmap.pipe(m, format="html", highlight=["C1", "NOPE"], diagram=False),
        lambda m: argmap.to_dot(m, highlight={"NOPE": None}),
        lambda m: argmap.to_dot(m, highlight="NOPE"),
    ],
)
def test_highlighting_an_unknown_id_is_an_unknown_id_error(draw: object) -> None:
    with pytest.raises(UnknownIdError) as info:
        draw(_map())  # type: ignore[operator]
    assert "NOPE" in str(info.value)


def test_render_with_an_unknown_highlight_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "m.dot"
    with pytest.raises(UnknownIdError, match="highlight: no statement 'NOPE'"):
        argmap.render(_map(), out, highlight=["NOPE"])
    assert not out.exists()


@pytest.mark.graphviz
def test_a_fitted_drawing_checks_highlights_against_the_whole_map(tmp_path: Path) -> None:
    with pytest.raises(UnknownIdError):
        argmap.render(_map(), tmp_path / "m.svg", fit="screen", highlight=["NOPE"])
    argmap.render(_map(), tmp_path / "m.svg", fit="screen", highlight=["E1"])
    assert "E1" in (tmp_path / "m.svg").read_text(encoding="utf-8")


def test_graph_queries_name_an_unknown_id() -> None:
    from argmap.graph import supporters

    with pytest.raises(UnknownIdError, match="NOPE"):
        supporters(_map(), "NOPE")


@pytest.mark.parametrize("timeout", [math.nan, math.inf, -1, 0, "60", True])
def test_a_bad_timeout_is_a_format_error(timeout: object, tmp_path: Path) -> None:
    out = tmp_path / "m.svg"
    with pytest.raises(FormatError, match="timeout must be a number of seconds above 0"):
        argmap.render(_map(), out, timeout=timeout)
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["dot", "mermaid", "svg", "html"])
def test_an_unknown_drawing_option_is_a_format_error(fmt: str) -> None:
    with pytest.raises(FormatError, match=r"takes no option 'colour'; it takes: .*theme"):
        argmap.pipe(_map(), format=fmt, colour="red")


def test_select_takes_one_code_as_a_string() -> None:
    m = MapBuilder()
    m.thesis("Act now")
    m.claim("Delay costs")
    amap = m.build()
    one = argmap.check(amap, select="unsupported-claim")
    assert one == argmap.check(amap, select=["unsupported-claim"])
    assert {f.code for f in one} == {"unsupported-claim"}


def test_messages_cut_an_echoed_value() -> None:
    title = "T" * 1_000_000
    with pytest.raises(MapValidationError) as info:
        argmap.loads(f"statements:\n- id: T1\n  kind: {title}\n  text: a\n", format="yaml")
    text = str(info.value)
    assert len(text) < 2 * MAX_LINE
    assert "more characters)" in text


def test_a_warning_cuts_an_echoed_value_too() -> None:
    with pytest.warns(argmap.ArgmapWarning) as record:
        argmap.loads(
            "source:\n  text_file: " + "x" * 100_000 + ".txt\nstatements: []\n",
            format="yaml",
            base=".",
        )
    assert all(len(line) <= MAX_LINE + 40 for line in str(record[0].message).splitlines())


def test_a_validation_error_lists_ten_problems_and_counts_the_rest() -> None:
    problems = [Problem("not a mapping", loc=("statements", n)) for n in range(10)]
    err = MapValidationError(problems, source="big.yaml", total=3_000_000)
    lines = str(err).splitlines()
    assert lines[0] == "big.yaml: 3,000,000 problems in the map:"
    assert lines[-1] == "  and 2,999,990 more" and len(lines) == 12
    assert err.total == 3_000_000 and len(err.problems) == 10


def test_a_graphviz_failure_on_the_page_does_not_say_install_graphviz(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from argmap.errors import RenderError
    from argmap.rendering import html as page

    def fail(amap: argmap.ArgumentMap, **kw: object) -> str:
        raise RenderError("Graphviz 'dot' failed: trouble; draw part of the map (focus='<id>')")

    monkeypatch.setattr(page, "to_svg", fail)
    html = page.to_html(_map())
    assert "am-diagram-missing" in html and "draw part of the map" in html
    assert "apt-get install graphviz" not in html
