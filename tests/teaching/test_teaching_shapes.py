"""Teaching outputs on maps of unusual shapes: found by the fuzz tests, kept as examples."""

from __future__ import annotations

import pytest

import argmap
from argmap.cli import main
from argmap.model import ArgumentMap, Inference, MapBuilder, make_statement
from argmap.teaching.layers import layers


def _undercut_cycle(n: int, *, reverse: bool = False) -> ArgumentMap:
    statements = [make_statement("thesis", id="T1", text="Act now")]
    statements += [make_statement("claim", id=f"C{k}", text=f"Reason {k}") for k in range(n)]
    inferences = [Inference(id="I0", premises=["C0"], conclusion=f"I{n - 1}", polarity="attack")]
    inferences += [
        Inference(id=f"I{k}", premises=[f"C{k}"], conclusion=f"I{k - 1}", polarity="attack")
        for k in range(1, n)
    ]
    inferences.append(Inference(id="S", premises=["C0"], conclusion="T1"))
    return ArgumentMap(
        statements=statements, inferences=inferences[::-1] if reverse else inferences
    )


def _cycle_with_a_tail() -> ArgumentMap:
    # Two undercuts of each other, and a third on one of them: found by the long fuzz run.
    statements = [make_statement("thesis", id=ref, text="0") for ref in ("S0", "S1")]
    inferences = [
        Inference(id="I0", premises=["S1"], conclusion="S0"),
        Inference(id="I4", premises=["S0"], conclusion="I6", polarity="attack"),
        Inference(id="I6", premises=["S0"], conclusion="I4", polarity="attack"),
        Inference(id="I7", premises=["S0"], conclusion="I6", polarity="attack"),
    ]
    return ArgumentMap(statements=statements, inferences=inferences)


def _cycle_beside_another_undercut() -> ArgumentMap:
    # A cycle whose first member could also pair with an earlier undercut by the
    # same premise (of a link from a question, left out of the comparison): found
    # by the default fuzz run.
    statements = [
        make_statement("thesis", id="S0", text="0"),
        make_statement("question", id="S1", text="0"),
    ]
    inferences = [
        Inference(id="I0", premises=["S0"], conclusion="I1", polarity="attack"),
        Inference(id="I1", premises=["S1"], conclusion="S0"),
        Inference(id="I3", premises=["S0"], conclusion="I5", polarity="attack"),
        Inference(id="I5", premises=["S0"], conclusion="I3", polarity="attack"),
    ]
    return ArgumentMap(statements=statements, inferences=inferences)


def _undercut_chain_listed_backwards(n: int) -> ArgumentMap:
    statements = [make_statement("thesis", id="T1", text="Act now")]
    statements += [make_statement("claim", id=f"C{k}", text=f"Reason {k}") for k in range(n)]
    inferences = [Inference(id="I0", premises=["C0"], conclusion="T1")]
    inferences += [
        Inference(id=f"I{k}", premises=[f"C{k}"], conclusion=f"I{k - 1}", polarity="attack")
        for k in range(1, n)
    ]
    return ArgumentMap(statements=statements, inferences=inferences[::-1])


@pytest.mark.parametrize(
    "amap",
    [_undercut_cycle(5), _undercut_cycle(5, reverse=True), _undercut_chain_listed_backwards(6)],
)
def test_the_last_step_is_the_whole_map(amap: ArgumentMap) -> None:
    shown = argmap.steps(amap)
    assert shown[-1].statements == amap.statements
    assert shown[-1].inferences == amap.inferences  # undercut cycles and backward chains too


@pytest.mark.parametrize(
    "amap",
    [
        _undercut_cycle(5),
        _undercut_cycle(5, reverse=True),
        _undercut_chain_listed_backwards(6),
        _cycle_with_a_tail(),
        _cycle_beside_another_undercut(),
    ],
)
def test_a_map_compared_with_itself_scores_full_marks(amap: ArgumentMap) -> None:
    result = argmap.compare(amap, amap)
    assert result.score == 1.0 and result.missing == [] and result.extra == []
    assert all(link.status == "matched" for link in result.links)


def test_feedback_names_an_undercut_of_an_undercut() -> None:
    def build(extra: bool) -> ArgumentMap:
        b = MapBuilder()
        t = b.thesis("Act")
        c, d, e = b.claim("Costs"), b.claim("Risky"), b.claim("Wrong")
        i = b.support([c], t)
        j = b.attack([d], i)
        if extra:  # the student undercuts the undercut; the reference does not
            b.attack([e], j)
        return b.build()

    result = argmap.compare(build(True), build(False))  # raised KeyError before
    line = next(line for line in result.feedback if "no such link" in line)
    assert "'Wrong' attacking the step from 'Risky' to the step from 'Costs' to 'Act'" in line


def test_a_question_used_as_a_premise_is_revealed_once() -> None:
    amap = ArgumentMap(
        statements=[
            make_statement("thesis", id="T1", text="Act"),
            make_statement("question", id="Q1", text="Is it costly?"),
        ],
        inferences=[Inference(id="I1", premises=["Q1"], conclusion="T1")],
    )
    assert layers(amap) == [["T1"], ["Q1"]]
    assert argmap.steps(amap)[-1] == amap
    assert argmap.compare(amap, amap).score == 1.0


def test_statements_without_words_pair_by_their_text() -> None:
    b = MapBuilder()
    b.thesis(":")
    b.claim("😀 !")
    amap = b.build()
    result = argmap.compare(amap, amap)
    assert [(m.student, m.reference) for m in result.matches] == [("T1", "T1"), ("C1", "C1")]
    assert result.score == 1.0


def test_two_alike_inferences_pair_one_to_one() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    c = b.claim("Costs")
    b.support([c], t)
    second = b.support([c], t)
    b.attack([t], second)
    amap = b.build()
    assert argmap.compare(amap, amap).score == 1.0


def test_without_a_thesis_the_thesis_part_is_not_scored(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    b = MapBuilder()
    c = b.claim("Costs rise")
    b.premise("Prices went up", supports=c)
    amap = b.build()
    result = argmap.compare(amap, amap)
    assert result.scores.thesis_right is None
    assert result.scores.parts()["thesis_right"] is None
    assert result.score == 1.0


def test_several_theses_are_all_to_be_found() -> None:
    ref = MapBuilder()
    ref.thesis("Act now")
    ref.thesis("Spend more")
    student = MapBuilder()
    student.thesis("Act now")
    student.claim("Spend more")
    result = argmap.compare(student.build(), ref.build())
    assert result.scores.thesis_right is False
    assert argmap.compare(ref.build(), ref.build()).scores.thesis_right is True


def test_the_compare_command_says_when_there_is_no_thesis(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    b = MapBuilder()
    b.claim("Costs rise")
    path = Path(str(tmp_path)) / "m.yaml"
    argmap.save(b.build(), path)
    assert main(["compare", str(path), str(path)]) == 0
    assert "thesis n/a" in capsys.readouterr().out


@pytest.mark.graphviz
@pytest.mark.parametrize("field", ["by", "scheme", "source title", "title"])
def test_a_huge_speaker_scheme_or_title_is_still_drawn(field: str) -> None:
    huge = "word \\N " * 4000  # 32 KB: past Graphviz's limit for one string
    b = MapBuilder(title=huge if field == "source title" else "On acting")
    t = b.thesis("Act now", **({"by": huge} if field == "by" else {}))
    c = b.claim("Costs rise", **({"title": huge} if field == "title" else {}))
    b.link([c], t, scheme=huge if field == "scheme" else None)
    svg = argmap.pipe(b.build(), format="svg").decode("utf-8")
    assert "Act now" in svg and "Costs rise" in svg
    page = argmap.pipe(b.build(), format="html").decode("utf-8")
    assert "No diagram" not in page


def test_a_question_that_answers_a_counterclaim_waits_for_it() -> None:
    # Q asks about the thesis, and is also the premise of an undercut of the
    # counterclaim's inference: it answers the counterclaim, so it comes after it.
    amap = ArgumentMap(
        statements=[
            make_statement("thesis", id="T1", text="Act"),
            make_statement("counterclaim", id="CC1", text="Risky"),
            make_statement("question", id="Q1", text="Is it?", target="T1"),
        ],
        inferences=[
            Inference(id="I1", premises=["CC1"], conclusion="T1", polarity="attack"),
            Inference(id="I2", premises=["T1", "CC1"], conclusion="Q1"),
            Inference(id="I3", premises=["Q1"], conclusion="I2", polarity="attack"),
        ],
    )
    where = {ref: n for n, layer in enumerate(layers(amap)) for ref in layer}
    assert where["Q1"] >= where["CC1"] > where["T1"]


@pytest.mark.graphviz
@pytest.mark.parametrize("fit", ["screen", "slide", "a4"])
def test_an_empty_map_is_laid_out_for_any_page(fit: str) -> None:
    from argmap.teaching import step_dots

    empty = ArgumentMap()
    assert argmap.pipe(empty, format="svg", fit=fit).lstrip().startswith(b"<")
    assert step_dots(empty) == []
    assert "<svg" in argmap.worksheet(empty).to_html(fit="a4" if fit == "a4" else None)
