"""The graphviz-package view of a map."""

from __future__ import annotations

import shutil

import pytest

import argmap
from argmap.errors import FormatError
from argmap.model import MapBuilder


def small() -> argmap.ArgumentMap:
    b = MapBuilder(title="On acting")
    t = b.thesis("Act <now>")
    b.counterclaim("Acting is risky", attacks=t)
    return b.build()


def test_source_carries_the_same_dot() -> None:
    src = argmap.to_graphviz(small(), theme="print", legend=True)
    assert src.source == argmap.to_dot(small(), theme="print", legend=True)
    assert src.engine == "dot"
    assert argmap.to_graphviz(small(), engine="neato").engine == "neato"


def test_unknown_engine() -> None:
    with pytest.raises(FormatError, match="engine"):
        argmap.to_graphviz(small(), engine="nope")


@pytest.mark.graphviz
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` is not installed")
def test_pipes_through_the_graphviz_package() -> None:
    svg = argmap.to_graphviz(small()).pipe(format="svg").decode("utf-8")
    assert "Act &lt;now&gt;" in svg
