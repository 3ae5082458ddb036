"""Overlays from analysis: acceptability labels and check findings as highlights.

:func:`label_highlights` turns an :class:`~argmap.semantics.Evaluation` into
one :class:`~argmap.rendering.highlight.Highlight` per statement, and
:func:`finding_highlights` does the same for check findings.
:func:`overlay` combines them with any ``highlight=`` the caller gave; it is
what ``to_dot(map, labels=True, findings=True)`` (and so ``render`` and
``argmap render --labels --findings``) uses.

Every mark is a text badge in the box header plus a border, never colour
alone, so the ``print`` theme (black on white) reads the same:

* ``IN``: badge ``✓ IN`` (the border of its kind is kept);
* ``OUT``: badge ``✗ OUT``, a red border and a grey fill, as if struck out;
* ``UNDECIDED``: badge ``? UNDECIDED`` and a thick amber border;
* a finding: badge ``⚠`` with the check code (and ``+n`` more) and a
  thick border in the theme's highlight colour (thinner and quieter for
  notes); hover (SVG tooltip) for the reasons and messages.

>>> from argmap.model import MapBuilder
>>> from argmap.semantics import evaluate
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.counterclaim("No", attacks=t)
>>> marks = label_highlights(evaluate(b.build()), theme="print")
>>> marks["T1"].badge, marks["T1"].fillcolor, marks["CC1"].badge
('✗ OUT', '#e4e4e4', '✓ IN')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.checks import check
from argmap.rendering.highlight import Highlight, HighlightSpec, resolve_highlights
from argmap.rendering.themes import Theme, get_theme
from argmap.semantics import evaluate

if TYPE_CHECKING:
    from argmap.checks import Finding
    from argmap.model import ArgumentMap
    from argmap.semantics import Evaluation

__all__ = ["Palette", "finding_highlights", "label_highlights", "overlay", "palette"]


@dataclass(frozen=True)
class Palette:
    """Overlay colours for one theme: one per label, and for findings."""

    stands: str
    defeated: str
    undecided: str
    defeated_fill: str
    info: str


_PALETTES = {
    "classroom": Palette(
        stands="#1b7a3a",
        defeated="#b3261e",
        undecided="#b86e00",
        defeated_fill="#e6e6e6",
        info="#1f5fa8",
    ),
    # Okabe-Ito: bluish green, vermillion, orange, blue.
    "colorblind": Palette(
        stands="#009e73",
        defeated="#d55e00",
        undecided="#e69f00",
        defeated_fill="#e6e6e6",
        info="#0072b2",
    ),
    "print": Palette(
        stands="#000000",
        defeated="#000000",
        undecided="#000000",
        defeated_fill="#e4e4e4",
        info="#555555",
    ),
}

_BADGES = {"in": "✓ IN", "out": "✗ OUT", "undec": "? UNDECIDED"}


def palette(theme: str | Theme) -> Palette:
    """The overlay colours of ``theme`` (a custom theme gets the classroom ones)."""
    name = theme.name if isinstance(theme, Theme) else get_theme(theme).name
    return _PALETTES.get(name, _PALETTES["classroom"])


def label_highlights(
    evaluation: Evaluation | Mapping[str, object],
    *,
    theme: str | Theme = "classroom",
    kinds: Mapping[str, str] | None = None,
) -> dict[str, Highlight]:
    """One highlight per labelled id: a badge, a border and (for ``OUT``) a grey fill.

    ``OUT`` and ``UNDECIDED`` statements get a border of their own; ``IN``
    ones, the usual case, keep the border of their kind when ``kinds``
    (id to statement kind) is given, so only the badge tells. The tooltip
    is the verdict's reason. Inference ids are included too (the diagram
    draws only statements, so they are simply not shown).
    """
    th = get_theme(theme)
    colours = palette(th)
    marks: dict[str, Highlight] = {}
    for ref, verdict in evaluation.items():
        label = str(getattr(verdict, "label", verdict))
        reason = getattr(verdict, "reason", None)
        if label == "in":
            kind = kinds.get(ref) if kinds is not None else None
            colour, width = colours.stands, 2.0
            if kind is not None:
                style = th.kind_style(kind)
                colour, width = style.border, style.penwidth
            marks[ref] = Highlight(
                color=colour, penwidth=width, badge=_BADGES[label], tooltip=reason
            )
        elif label == "out":
            marks[ref] = Highlight(
                color=colours.defeated,
                fillcolor=colours.defeated_fill,
                penwidth=2.0,
                badge=_BADGES[label],
                tooltip=reason,
            )
        else:
            marks[ref] = Highlight(
                color=colours.undecided, penwidth=3.5, badge=_BADGES["undec"], tooltip=reason
            )
    return marks


def finding_highlights(
    findings: Iterable[Finding], *, theme: str | Theme = "classroom"
) -> dict[str, Highlight]:
    """One highlight per statement a finding is about: ``⚠`` and the code.

    Only a finding's subjects are marked (:attr:`~argmap.checks.Finding.subjects`),
    not the statements it names as context.

    A statement with several findings shows the most serious one's code and
    ``+n`` for the others; the tooltip lists every message. Errors and
    warnings take the theme's highlight colour (thicker for errors), notes
    (``info``) a quieter one.

    >>> from argmap.checks import Finding, Severity
    >>> fs = [Finding("unsupported-claim", Severity.WARNING, ("C7",), "C7 lacks support."),
    ...       Finding("circular-support", Severity.ERROR, ("C7", "C8"), "C7, C8 go round."),
    ...       Finding("kind-mismatch", Severity.WARNING, ("CC1", "T1"), "CC1 supports T1.")]
    >>> marks = finding_highlights(fs)
    >>> marks["C7"].badge, marks["C8"].badge, sorted(marks)
    ('⚠ circular-support +1', '⚠ circular-support', ['C7', 'C8', 'CC1'])
    """
    th = get_theme(theme)
    colours = palette(th)
    by_id: dict[str, list[Finding]] = {}
    for f in findings:
        for ref in dict.fromkeys(f.subjects):
            by_id.setdefault(ref, []).append(f)
    marks: dict[str, Highlight] = {}
    for ref, found in by_id.items():
        found.sort(key=lambda f: -f.severity.rank)
        worst = found[0]
        badge = f"⚠ {worst.code}" + (f" +{len(found) - 1}" if len(found) > 1 else "")
        tooltip = "\n".join(f"{f.severity.value} {f.code}: {f.message}" for f in found)
        marks[ref] = Highlight(
            color=th.highlight if worst.severity.rank else colours.info,
            penwidth=(2.0, 3.0, 3.5)[worst.severity.rank],
            badge=badge,
            tooltip=tooltip,
        )
    return marks


def overlay(
    amap: ArgumentMap,
    *,
    theme: str | Theme = "classroom",
    highlight: HighlightSpec = None,
    findings: bool | Iterable[Finding] | None = None,
    labels: bool | str | Evaluation | None = None,
) -> dict[str, Highlight]:
    """Labels, findings and ``highlight`` merged into one highlight per id.

    ``findings=True`` runs :func:`argmap.check` (default checks); a list of
    findings is drawn as given. ``labels=True`` runs :func:`argmap.evaluate`,
    ``labels="preferred"`` picks its semantics, and an
    :class:`~argmap.semantics.Evaluation` is drawn as given. Where marks
    meet, badges add up (``✗ OUT · ⚠ unanswered-counterclaim``), the
    finding's border colour wins, and an explicit ``highlight`` comes last.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act")
    >>> overlay(b.build(), labels=True, findings=True)["T1"].badge
    '✓ IN · ⚠ unsupported-claim'
    """
    marks: dict[str, Highlight] = {}
    if labels is not None and labels is not False:
        if labels is True or isinstance(labels, str):
            semantics = "grounded" if labels is True else labels
            labels = evaluate(amap, semantics=semantics)  # type: ignore[arg-type]
        kinds = {s.id: s.kind for s in amap.statements}
        marks.update(label_highlights(labels, theme=theme, kinds=kinds))
    if findings is not None and findings is not False:
        if findings is True:
            findings = check(amap)
        for ref, mark in finding_highlights(findings, theme=theme).items():
            marks[ref] = marks[ref].merge(mark) if ref in marks else mark
    for ref, mark in resolve_highlights(highlight, None, ()).items():
        marks[ref] = marks[ref].merge(mark) if ref in marks else mark
    return marks
