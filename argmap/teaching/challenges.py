"""Critical questions as open question nodes attached to what they question.

:func:`challenges` reads each piece of evidence (by its type) and each
inference (by its scheme) and adds the standard critical questions of
:mod:`argmap.teaching.critical_questions` as :class:`~argmap.model.Question`
statements, ``answered=False``, whose ``target`` is the statement or
inference questioned and whose ``cue`` is the question's id. Diagrams draw
them dashed; checks leave them out until they are answered.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> e = b.evidence("Costs rose 5%", type="statistic", supports=t)
>>> m = challenges(b.build(), limit=1)
>>> q = m.statements[-1]
>>> q.kind, q.target, q.cue, q.answered
('question', 'E1', 'statistic.source', False)
>>> q.text
"Who produced the numbers in 'Costs rose 5%', and can they be trusted?"
"""

from __future__ import annotations

from collections.abc import Iterable

from argmap.errors import FormatError, UnknownIdError
from argmap.model import ArgumentMap, Evidence, Inference, Question, StatementBase
from argmap.teaching.critical_questions import CriticalQuestion, questions_for
from argmap.teaching.naming import join_names, label

__all__ = ["challenges", "questions_about"]

#: The tag every generated question carries.
TAG = "critical-question"


def _speaker(s: StatementBase | None) -> str:
    # "Yoshihide Suga, Japan's Chief Cabinet Secretary" -> "Yoshihide Suga"
    if s is not None and s.attributed_to and s.attributed_to.split(",")[0].strip():
        return s.attributed_to.split(",")[0].strip()
    return "the author"


def questions_about(amap: ArgumentMap, ref: str) -> list[tuple[CriticalQuestion, str]]:
    """The critical questions for statement or inference ``ref``, each phrased about it.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Like 2008", supports=t)
    >>> b.inferences[0].scheme = "analogy"
    >>> [cq.id for cq, _ in questions_about(b.build(), "I1")]
    ['analogy.similar', 'analogy.differences', 'analogy.other']
    """
    statements = amap.statements_by_id()
    if ref in statements:
        s = statements[ref]
        if not isinstance(s, Evidence):
            return []
        key = s.evidence_type.value if s.evidence_type else ("testimony" if s.attributed_to else "")
        it, who = label(s), _speaker(s)
        used_for = [statements.get(i.conclusion) for i in amap.inferences_from(ref)]
        named = [label(x) for x in used_for if x is not None]
        then = named[0] if len(named) == 1 else "the conclusion it is used for"
    else:
        inf: Inference = amap.inference(ref)
        if not inf.scheme:
            return []
        key = inf.scheme
        it = join_names([label(statements[p]) for p in inf.premises if p in statements])
        target = statements.get(inf.conclusion)
        then = label(target) if target is not None else "its conclusion"
        speakers = {statements[p].attributed_to for p in inf.premises if p in statements}
        who = _speaker(statements[inf.premises[0]]) if len(speakers) == 1 else "the author"
    return [(cq, cq.ask(it=it, who=who, then=then)) for cq in questions_for(key)] if key else []


def challenges(
    amap: ArgumentMap, *, ids: str | Iterable[str] | None = None, limit: int | None = None
) -> ArgumentMap:
    """A copy of ``amap`` with open critical questions on its evidence and inferences.

    ``ids`` (one id or several) restricts the questions to those statements
    and inferences (unknown ids raise :class:`~argmap.errors.UnknownIdError`
    naming them); ``limit`` keeps the first ``limit`` questions of each (a
    whole number, 0 or more; a :class:`~argmap.errors.FormatError` otherwise).
    A question the map already asks (same target and cue) is not added again,
    so applying this twice adds nothing the second time.
    """
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise FormatError(f"limit must be a whole number, 0 or more, not {limit!r}")
    known = [s.id for s in amap.statements if isinstance(s, Evidence)]
    known += [i.id for i in amap.inferences]
    if ids is None:
        targets = known
    else:
        targets = list(dict.fromkeys([ids] if isinstance(ids, str) else ids))
        every = {s.id for s in amap.statements} | {i.id for i in amap.inferences}
        unknown = [t for t in targets if t not in every]
        if unknown:
            shown = ", ".join(repr(t) for t in unknown[:10])
            more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
            raise UnknownIdError(f"no statement or inference {shown}{more} in the map", ids=unknown)
    asked = {(s.target, s.cue) for s in amap.statements if isinstance(s, Question)}
    taken = {s.id for s in amap.statements} | {i.id for i in amap.inferences}
    counter = 0
    added: list[Question] = []
    for ref in targets:
        found = questions_about(amap, ref)
        for cq, text in found[:limit] if limit is not None else found:
            if (ref, cq.id) in asked:
                continue
            counter += 1
            while f"Q{counter}" in taken:
                counter += 1
            qid = f"Q{counter}"
            taken.add(qid)
            added.append(
                Question(
                    id=qid,
                    text=text,
                    target=ref,
                    answered=False,
                    cue=cq.id,
                    tags=[TAG],
                    data={"topic": cq.topic},
                )
            )
    # A shallow copy with a new statement list: the statements are validated
    # models already, and the map keeps its very Source object, so saving the
    # result elsewhere still rewrites a relative text_file.
    return amap.model_copy(update={"statements": [*amap.statements, *added]})
