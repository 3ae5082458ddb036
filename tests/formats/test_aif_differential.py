"""argmap's AIF reader against arguebuf, the Python library of the ReCAP project.

On the xAIF examples in ``../shared/corpora/xaif-examples`` and on AIF
documents drawn by ``aif_generator`` (real-shaped, each with planted
anomalies), every document arguebuf loads must load here too, with:

- one statement for each of arguebuf's atom nodes (I-nodes), same ids and texts;
- one inference for each of arguebuf's scheme nodes that has an argument
  structure: a premise (an atom into it other than its conclusion) and exactly
  one conclusion (an atom, or for an attack an inference that has a structure
  too), with the same premises, conclusion and polarity;
- one warning, naming every anomaly the generator planted.

Documented differences (docs/interchange.md): arguebuf keeps scheme nodes
without a premise or conclusion, which argmap leaves out and names in its
warning; arguebuf counts a PA node (a preference) as a scheme node, argmap
does not map preferences; argmap gives an I-node without text the text
``(no text)``, where arguebuf keeps it empty.

arguebuf is in the ``dev`` extra (``scripts/setup --test`` installs it);
without it the test skips and says how to install it.
"""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path
from typing import Any

import pytest
from aif_generator import ANOMALIES, generate

from argmap.errors import ArgmapWarning
from argmap.formats.aif import from_aif_dict
from argmap.formats.aif._read import NO_TEXT
from argmap.model import ArgumentMap

arguebuf = pytest.importorskip(
    "arguebuf", reason="arguebuf is not installed (pip install arguebuf, or scripts/setup --test)"
)

XAIF = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "xaif-examples"


def peer_graph(doc: dict[str, Any]) -> Any:
    """arguebuf's graph of ``doc`` (its own skipped-edge log lines silenced)."""
    logging.disable(logging.WARNING)
    try:
        return arguebuf.load.aif(doc.get("AIF", doc))
    finally:
        logging.disable(logging.NOTSET)


def structured(graph: Any) -> dict[str, tuple[str, list[str], str]]:
    """arguebuf's scheme nodes with an argument structure: id -> (polarity, premises, target)."""
    found: dict[str, tuple[str, list[str], str]] = {}
    for node in graph.scheme_nodes.values():
        if isinstance(node.scheme, arguebuf.Preference):
            continue  # a preference is no inference (argmap does not map PA nodes)
        attack = isinstance(node.scheme, arguebuf.Attack)
        targets = [
            str(n.id)
            for n in graph.outgoing_nodes(node)
            if isinstance(n, arguebuf.AtomNode) or (attack and isinstance(n, arguebuf.SchemeNode))
        ]
        if len(targets) != 1:
            continue
        premises = [
            str(n.id)
            for n in graph.incoming_nodes(node)
            if isinstance(n, arguebuf.AtomNode) and str(n.id) != targets[0]
        ]
        if premises:
            found[str(node.id)] = ("attack" if attack else "support", sorted(premises), targets[0])
    # An undercut stands only if the inference it targets does.
    schemes = {str(k) for k in graph.scheme_nodes}
    while True:
        gone = [k for k, (_, _, t) in found.items() if t in schemes and t not in found]
        if not gone:
            return found
        for key in gone:
            del found[key]


def read(doc: dict[str, Any]) -> tuple[ArgumentMap, list[str]]:
    """argmap's map of ``doc`` and the warnings reading it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        amap = from_aif_dict(json.loads(json.dumps(doc)))
    assert all(issubclass(w.category, ArgmapWarning) for w in caught)
    return amap, [str(w.message) for w in caught]


def assert_agree(doc: dict[str, Any]) -> tuple[ArgumentMap, list[str]]:
    """argmap and arguebuf agree on ``doc``; return argmap's map and warnings."""
    graph = peer_graph(doc)
    amap, messages = read(doc)
    assert len(messages) <= 1, messages
    atoms = {str(a.id): a.plain_text for a in graph.atom_nodes.values()}
    statements = {s.id: s.text for s in amap.statements}
    assert statements.keys() == atoms.keys()
    for ref, text in atoms.items():
        assert statements[ref] == (text.strip() or NO_TEXT)
    mine = {i.id: (i.polarity, sorted(i.premises), i.conclusion) for i in amap.inferences}
    assert mine == structured(graph)
    left_out = len(graph.scheme_nodes) - len(mine)
    preferences = sum(
        isinstance(n.scheme, arguebuf.Preference) for n in graph.scheme_nodes.values()
    )
    if left_out - preferences:
        assert messages and "node" in messages[0]
    return amap, messages


# -- the real xAIF files -----------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.parametrize("name", ["xAIF-example.json", "twitter-3915-in-xAIF.json"])
def test_xaif_examples_agree_with_arguebuf(name: str) -> None:
    path = XAIF / name
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    doc = json.loads(path.read_text(encoding="utf-8"))
    amap, _ = assert_agree(doc)
    assert len(amap.statements) == 2 and len(amap.inferences) == 1


# -- generated documents, clean and with every anomaly ---------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_clean_generated_documents_agree_and_lose_nothing_of_the_argument(seed: int) -> None:
    made = generate(seed, size=4 + seed % 20)
    _, messages = assert_agree(made.doc)
    for message in messages:  # only the dialogue layer may be left out
        assert "without" not in message and "not in the file" not in message


@pytest.mark.parametrize("anomaly", sorted(ANOMALIES))
@pytest.mark.parametrize("seed", range(6))
def test_each_planted_anomaly_agrees_and_is_named(anomaly: str, seed: int) -> None:
    made = generate(1000 + seed, size=6 + seed * 3, anomalies=(anomaly,))
    _, messages = assert_agree(made.doc)
    assert len(messages) == 1
    for words in made.expected_words:
        assert words in messages[0], (anomaly, words, messages[0])


@pytest.mark.parametrize("seed", range(30))
def test_documents_with_many_anomalies_agree_in_one_warning(seed: int) -> None:
    names = sorted(ANOMALIES)
    chosen = tuple(names[(seed * 7 + k * 3) % len(names)] for k in range(1 + seed % 6))
    made = generate(2000 + seed, size=10 + seed, anomalies=tuple(dict.fromkeys(chosen)))
    _, messages = assert_agree(made.doc)
    (message,) = messages
    for words in made.expected_words:
        assert words in message, (chosen, words)
