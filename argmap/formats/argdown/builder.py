"""Document tree -> :class:`~argmap.model.ArgumentMap`.

Statements (equivalence classes) become statements; the first ``#kind`` tag
gives the kind (``claim`` when there is none) and the data element carries
the other fields (see ``docs/argdown.md``). Reconstructed arguments become
inferences, one per inferential step; sketched arguments (a title and a
description, no premise-conclusion structure) become statements marked
``argument: true``. Relations become single-premise inferences. Whatever
argmap cannot hold is reported in one :class:`~argmap.errors.ArgmapWarning`.

>>> from argmap.formats.argdown.parser import parse_argdown
>>> m = build_map(parse_argdown("[T1]: Act now. #thesis\\n    <+ [E1]: Costs rise. #evidence"))
>>> [(s.id, s.kind) for s in m.statements], m.inferences[0].premises
([('T1', 'thesis'), ('E1', 'evidence')], ['E1'])
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from argmap.errors import ArgmapWarning, ParseError
from argmap.formats.argdown.frontmatter import read_frontmatter
from argmap.formats.argdown.tree import Document, Heading, Member, Pcs, PcsInference, PcsStatement
from argmap.model import KINDS, ArgumentMap, Inference
from argmap.model.argument_map import SKIP_CROSSREFS, find_problems
from argmap.model.statements import (
    NOT_ID_CHARS,
    STATEMENT_CLASSES,
    Statement,
    is_id,
)

__all__ = ["INFERENCE_KEYS", "KIND_KEYS", "STATEMENT_KEYS", "build_map"]

#: Argdown data keys whose statement field has another name.
_RENAMED = {"attributed_to": "by", "evidence_type": "type"}
#: Statement fields the builder reads itself: from the statement's line, or
#: from data keys that need more than a copy.
_OWN_FIELDS = frozenset({"id", "kind", "text", "title", "spans", "tags", "data"})


def _field_keys(cls: type[BaseModel], own: frozenset[str]) -> dict[str, str]:
    """``{data key: field}`` for the fields of ``cls`` not in ``own``."""
    return {_RENAMED.get(name, name): name for name in cls.model_fields if name not in own}


#: Per kind, ``{data key: field}`` of the fields a data element sets as they are.
KIND_KEYS: dict[str, dict[str, str]] = {
    kind: _field_keys(cls, _OWN_FIELDS) for kind, cls in STATEMENT_CLASSES.items()
}
#: Data keys that hold statement fields (everything else is the statement's
#: ``data``); ``argument`` and ``placeholder`` mark sketched arguments.
STATEMENT_KEYS: tuple[str, ...] = (
    *dict.fromkeys(
        _RENAMED.get(name, name)
        for cls in STATEMENT_CLASSES.values()
        for name in cls.model_fields
        if name not in ("kind", "tags")
    ),
    "argument",
    "placeholder",
)
#: Data keys that hold inference fields (the rest of an argument's data is its ``data``).
INFERENCE_KEYS: tuple[str, ...] = tuple(
    name
    for name in Inference.model_fields
    if name not in ("premises", "conclusion", "polarity", "tags")
)

_KIND_SET = frozenset(KINDS)


@cache
def _statements() -> TypeAdapter[list[Statement]]:
    """Every statement of a document validated in one call: a fifth cheaper than one by one."""
    return TypeAdapter(list[Statement])


#: The order of an entity only referenced so far: after every defined one.
_REFERENCED = 10**9

Key = tuple[str, str]  # ("s", title) | ("a", title) | ("i", "<arg title>\x00<step>")


def _kind_of(tags: list[str]) -> tuple[str, list[str]]:
    """The statement kind a tag names (the first such tag; else ``claim``) and the other tags.

    >>> _kind_of(["evidence", "costs"]), _kind_of([])
    (('evidence', ['costs']), ('claim', []))
    """
    if len(tags) == 1 and tags[0] in _KIND_SET:  # the usual statement: its kind alone
        return tags[0], []
    for n, tag in enumerate(tags):
        if tag in _KIND_SET:
            return tag, [*tags[:n], *tags[n + 1 :]]
    return "claim", tags


@dataclass(slots=True)
class _Entity:
    key: Key
    title: str | None
    line: int
    column: int
    text: str | None = None
    tags: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    defined: bool = False
    section: str | None = None
    order: int = 0
    pcs: Pcs | None = None
    pcs_keys: list[Key | None] = field(default_factory=list)


@dataclass(slots=True)
class _Rel:
    source: Key
    target: Key
    type: str
    line: int
    column: int


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.entities: dict[Key, _Entity] = {}
        self.rels: list[_Rel] = []
        self.events: list[tuple[str, Any]] = []  # ("rel", _Rel) | ("pcs", arg key)
        self.dropped: list[str] = []
        self.section: str | None = None
        self.anon = 0
        self.contradictions: list[tuple[Key, Key]] = []  # '><' read (argmap drops them)
        self.lost_steps: set[str] = set()  # circular inferences left out
        self.defs = 0
        #: (label, line, column) of each argument step's fields, by ``id``, for errors
        self.step_places: dict[int, tuple[str, int, int]] = {}

    def drop(self, what: str) -> None:
        self.dropped.append(what)

    def error(self, message: str, line: int, column: int = 1) -> ParseError:
        return ParseError(message, source=self.source, line=line, column=column)

    # -- walking the tree --------------------------------------------------------

    def entity(self, m: Member) -> _Entity:
        title = m.title
        kind = "s" if m.kind == "statement" else "a"
        if title is None:
            self.anon += 1
            key: Key = (kind, f"\x00{self.anon}")
        else:
            key = (kind, title)
        ent = self.entities.get(key)
        if ent is None:
            # order: referenced only, so far
            ent = _Entity(
                key, title, m.line, m.column, None, [], {}, False, self.section,
                _REFERENCED + len(self.entities), None, [],
            )  # fmt: skip
            self.entities[key] = ent
        if m.text is not None:
            if not ent.defined:
                ent.defined, ent.text = True, m.text
                ent.line, ent.column = m.line, m.column
                ent.section = self.section
                self.defs += 1
                ent.order = self.defs
            elif m.text != ent.text:
                self.drop(f"line {m.line}: a second text for {m.ref} (argmap keeps the first)")
        if m.tags:
            ent.tags.extend(m.tags)
        if m.data:
            ent.data.update(m.data)
        return ent

    def visit(self, m: Member, *, undercuts: Key | None = None) -> Key:
        """Read ``m`` and its relations; ``undercuts``: where ``<_`` below it aims."""
        ent = self.entity(m)
        entities = self.entities
        for rel in m.relations:
            leaf = rel.member
            child: Key | None = None
            bare = leaf.text is None and not (leaf.relations or leaf.tags or leaf.data)
            if bare and leaf.title is not None:
                # a bare reference ("+ [C1]") to a statement already met: nothing to add
                known: Key = ("s" if leaf.kind == "statement" else "a", leaf.title)
                if known in entities:
                    child = known
            if child is None:
                child = self.visit(leaf)
            parent = ent.key
            if undercuts is not None and rel.type == "undercut" and rel.outgoing:
                parent = undercuts
            self.relation(
                child if rel.outgoing else parent,
                parent if rel.outgoing else child,
                rel.type,
                rel.line,
                rel.column,
            )
        return ent.key

    def relation(self, src: Key, dst: Key, rtype: str, line: int, column: int) -> None:
        if rtype == "contradiction":
            self.contradictions.append((src, dst))
            self.drop(f"line {line}: contradiction '><' (argmap has no symmetric relation)")
            return
        rel = _Rel(src, dst, rtype, line, column)
        self.rels.append(rel)
        self.events.append(("rel", rel))

    def walk(self, doc: Document) -> None:
        for block in doc.blocks:
            if isinstance(block, Heading):
                if block.level > 1:
                    self.drop(f"line {block.line}: heading level {block.level} (read as a group)")
                if block.tags or block.data:
                    self.drop(f"line {block.line}: tags and data of a heading")
                self.section = block.text or None
            elif isinstance(block, Member):
                self.visit(block)
            else:
                self.pcs(block)

    def pcs(self, pcs: Pcs) -> None:
        if pcs.argument is not None:
            arg = self.entity(Member("argument", pcs.argument.title, None, line=pcs.line))
        else:
            arg = self.entity(Member("argument", None, None, line=pcs.line))
            arg.defined = True
        if arg.pcs is not None:
            raise self.error(
                f"<{arg.title}> already has a premise-conclusion structure (line "
                f"{arg.pcs.line}); Argdown allows one per argument: give this one another title",
                pcs.line,
            )
        arg.pcs = pcs
        for k, item in enumerate(pcs.items):
            if isinstance(item, PcsStatement):
                # As in Argdown, "<_" below a conclusion undercuts the inference above it.
                after = k > 0 and isinstance(pcs.items[k - 1], PcsInference)
                step: Key | None = ("i", f"{arg.key[1]}\x00{k - 1}") if after else None
                arg.pcs_keys.append(self.visit(item.member, undercuts=step))
            else:
                arg.pcs_keys.append(None)
                ikey: Key = ("i", f"{arg.key[1]}\x00{k}")
                for rel in item.relations:
                    child = self.visit(rel.member)
                    self.relation(
                        child if rel.outgoing else ikey,
                        ikey if rel.outgoing else child,
                        rel.type,
                        rel.line,
                        rel.column,
                    )
        self.events.append(("pcs", arg.key))

    # -- resolving ---------------------------------------------------------------

    def is_placeholder(self, key: Key) -> bool:
        return key in self.placeholders

    def find_placeholders(self) -> None:
        """The untitled statements marked ``{placeholder: true}``, once the walk is done.

        (An untitled argument with that mark is no placeholder: it is kept.)
        """
        self.placeholders: set[Key] = {
            e.key
            for e in self.entities.values()
            if e.title is None and e.key[0] == "s" and e.data and e.data.get("placeholder") is True
        }

    def main_conclusion(self, arg: _Entity) -> Key:
        key = arg.pcs_keys[-1]
        assert key is not None
        return key

    def assign_ids(self) -> None:
        self.ids: dict[Key, str] = {}
        used: set[str] = set()
        placeholders = self.placeholders
        ents = [e for e in self.entities.values() if e.key not in placeholders]
        for e in ents:
            ref = e.data.get("id") if e.data else None
            if ref is None:
                continue
            if not isinstance(ref, str) or not is_id(ref):
                raise self.error(
                    f"id {ref!r} is not a valid id: use letters, digits and _ . : -",
                    e.line,
                    e.column,
                )
            if ref in used:
                raise self.error(f"duplicate id {ref!r}: ids must be unique", e.line, e.column)
            self.ids[e.key] = ref
            used.add(ref)
        for e in ents:
            title = e.title
            if e.key not in self.ids and title and is_id(title) and title not in used:
                self.ids[e.key] = title
                used.add(title)
        counters = {"s": 0, "a": 0}
        for e in ents:
            if e.key in self.ids:
                continue
            if e.title is not None:
                base = NOT_ID_CHARS.sub("_", e.title).strip("_.:-")[:60] or "S"
                ref, n = base, 1
                while ref in used:
                    n += 1
                    ref = f"{base}_{n}"
            else:
                prefix = "S" if e.key[0] == "s" else "A"
                while True:
                    counters[e.key[0]] += 1
                    ref = f"{prefix}{counters[e.key[0]]}"
                    if ref not in used:
                        break
            self.ids[e.key] = ref
            used.add(ref)
        self.used = used

    def statement(self, e: _Entity, sketch: bool) -> dict[str, Any]:
        """The fields of ``e``'s statement, its ``kind`` among them (validated later)."""
        if e.text is not None:  # the usual statement: a text, tags, fields in its data
            plain = self.plain_statement(e, sketch)
            if plain is not None:
                return plain
        data = dict(e.data)
        kind, tags = _kind_of(e.tags)
        ref = self.ids[e.key]
        fields: dict[str, Any] = {"id": ref, "tags": tags}
        text = data.pop("text", None)
        if not isinstance(text, str) or not text:
            if text is not None:
                data["text"] = text
            text = e.text
        if text is None:
            what = "argument" if sketch else "statement"
            self.drop(
                f"line {e.line}: {what} {e.title!r} is never defined (its title became its text)"
            )
            text = e.title or ref
        fields["text"] = text
        title = data.pop("title", None)
        if isinstance(title, str):
            fields["title"] = title
        elif title is not None:
            data["title"] = title
        elif e.title is not None and e.title != ref:
            fields["title"] = e.title
        data.pop("id", None)
        kind_keys = KIND_KEYS[kind]
        for key in [k for k in data if k in kind_keys]:  # data holds few keys, a kind many
            fields[kind_keys[key]] = data.pop(key)
        if "spans" in data:
            fields["spans"] = _spans(data.pop("spans"))
        user = data.pop("data", None) if isinstance(data.get("data"), dict) else None
        user = {**data, **(user or {})}
        if sketch:
            user["argument"] = True
        if e.section is not None and "section" not in user:
            user["section"] = e.section
        fields["data"] = user
        fields["kind"] = kind
        return fields

    def plain_statement(self, e: _Entity, sketch: bool) -> dict[str, Any] | None:
        """:meth:`statement` for an entity with a text whose data holds only fields of
        its kind (``{type: statistic, by: critics}``); None for any other."""
        kind, tags = _kind_of(e.tags)
        data = e.data
        kind_keys = KIND_KEYS[kind]
        if data and not data.keys() <= kind_keys.keys():
            return None
        ref = self.ids[e.key]
        # Empty tags and data are left to their defaults: validating an empty list
        # and dictionary costs as much as the rest of a statement.
        fields: dict[str, Any] = {"id": ref, "text": e.text, "kind": kind}
        if tags:
            fields["tags"] = tags
        if e.title is not None and e.title != ref:
            fields["title"] = e.title
        if sketch or e.section is not None:
            user: dict[str, Any] = {}
            if sketch:
                user["argument"] = True
            if e.section is not None:
                user["section"] = e.section
            fields["data"] = user
        for key, value in data.items():
            fields[kind_keys[key]] = value
        return fields

    def target(self, key: Key, rtype: str, line: int) -> tuple[str, str] | None:
        """(conclusion id, polarity) for a relation aimed at ``key``; None if dropped."""
        polarity = "support" if rtype == "support" else "attack"
        kind = key[0]
        if kind == "i":
            ref = self.step_ids.get(key)
            if rtype == "support" or ref is None:
                self.drop(f"line {line}: a support aimed at an inference")
                return None
            return ref, "attack"
        ent = self.entities[key]
        if kind == "a" and ent.pcs is not None:
            if rtype == "undercut":
                return self.ids[ent.key], "attack"
            concl = self.main_conclusion(ent)
            if self.is_placeholder(concl):
                self.drop(f"line {line}: a {rtype} aimed at an argument without a conclusion")
                return None
            self.drop(
                f"line {line}: a {rtype} aimed at argument <{ent.title}> "
                "(read as aimed at its conclusion)"
            )
            return self.ids[concl], polarity
        if rtype == "undercut":
            self.drop(f"line {line}: an undercut aimed at a statement (read as an attack)")
        return self.ids[key], polarity

    def origin(self, key: Key, line: int) -> str | None:
        if key[0] == "i":
            self.drop(f"line {line}: a relation coming from an inference")
            return None
        ent = self.entities[key]
        if key[0] == "a" and ent.pcs is not None:
            return self.ids[self.main_conclusion(ent)]
        return self.ids[key]

    def build(self, frontmatter: dict[str, Any] | None) -> ArgumentMap:
        self.find_placeholders()
        self.assign_ids()
        args = [e for e in self.entities.values() if e.key[0] == "a" and e.pcs is not None]
        self.step_ids: dict[Key, str] = {}
        for arg in args:
            k = 0
            for n, item in enumerate(arg.pcs.items if arg.pcs else []):
                if isinstance(item, PcsInference):
                    k += 1
                    ref = self.ids[arg.key]
                    if n != len(arg.pcs_keys) - 2:
                        ref = self.fresh(f"{ref}.{k}")
                    self.step_ids[("i", f"{arg.key[1]}\x00{n}")] = ref
        # Arguments whose conclusion is a placeholder take their target from a relation.
        consumed: set[int] = set()
        aims: dict[Key, tuple[str, str]] = {}
        for arg in args:
            concl = self.main_conclusion(arg)
            if not self.is_placeholder(concl):
                continue
            for rel in self.rels:
                if (
                    rel.source in (arg.key, concl)
                    and rel.type != "support"
                    and id(rel) not in consumed
                ):
                    consumed.add(id(rel))
                    aim = self.target(rel.target, rel.type, rel.line)
                    if aim is not None:
                        aims[arg.key] = (aim[0], "attack")
                    break
            else:
                assert arg.pcs is not None
                raise self.error(
                    "this argument's conclusion is a placeholder: add a relation "
                    "'-> [statement]' or '_> <argument>' saying what it attacks",
                    arg.pcs.line,
                )
        made_from: list[_Entity] = []
        fields_of: list[dict[str, Any]] = []
        statement = self.statement
        for e in sorted(self.entities.values(), key=_order):
            key = e.key
            if key[0] == "s":
                if key in self.placeholders:
                    continue
                fields_of.append(statement(e, False))
            elif e.pcs is None:  # a sketched argument
                fields_of.append(statement(e, True))
            else:
                continue
            made_from.append(e)
        try:
            made = self.inference_fields(aims, consumed)
            return self.assemble(frontmatter, fields_of, made, made_from)
        except Exception:
            # The statements are validated with the rest of the map, in one call: a bad
            # one is still the error reported, as it is when they are checked first.
            self.validate_statements(fields_of, made_from)
            raise

    def inference_fields(
        self, aims: dict[Key, tuple[str, str]], consumed: set[int]
    ) -> list[dict[str, Any]]:
        """The fields of every inference: argument steps and relations, in document order."""
        ids = self.ids
        made: list[dict[str, Any]] = []
        bare: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str]] = set()
        for what, item in self.events:
            if what == "pcs":
                made.extend(self.steps(self.entities[item], aims.get(item)))
                continue
            if consumed and id(item) in consumed:
                continue
            src, dst, rtype = item.source, item.target, item.type
            if src[0] == "s" and dst[0] == "s" and rtype != "undercut":  # the usual relation
                premise: str | None = ids[src]
                aim: tuple[str, str] | None = (
                    ids[dst],
                    "support" if rtype == "support" else "attack",
                )
            else:
                premise = self.origin(src, item.line)
                aim = self.target(dst, rtype, item.line)
            if premise is None or aim is None:
                continue
            if premise == aim[0]:
                self.drop(f"line {item.line}: a relation of a statement to itself")
                continue
            relation = (premise, *aim)
            if relation in seen:
                continue
            seen.add(relation)
            fields: dict[str, Any] = {
                "premises": [premise],
                "conclusion": aim[0],
                "polarity": aim[1],
            }
            made.append(fields)
            bare.append(fields)
        if self.lost_steps:  # known only once every step is built
            lost = [f for f in bare if f["conclusion"] in self.lost_steps]
            for f in lost:
                self.drop(f"a relation aimed at the dropped inference {f['conclusion']!r}")
            made = [x for x in made if not any(x is f for f in lost)]
            bare = [x for x in bare if not any(x is f for f in lost)]
        n, used = 1, self.used
        for fields in bare:
            ref = f"I{n}"
            while ref in used:
                n += 1
                ref = f"I{n}"
            fields["id"] = ref
            used.add(ref)
        return made

    def validate_statements(
        self, fields_of: list[dict[str, Any]], made_from: list[_Entity]
    ) -> list[Statement]:
        """The statements, validated in one call; the first bad one raises with its line."""
        try:
            statements: list[Statement] = _statements().validate_python(fields_of)
        except ValidationError as exc:
            first = exc.errors()[0]["loc"][0]
            e = made_from[first if isinstance(first, int) else 0]
            fields = dict(fields_of[first if isinstance(first, int) else 0])
            try:
                STATEMENT_CLASSES[fields.pop("kind")](**fields)
            except (ValidationError, ValueError, TypeError) as one:
                name = e.title or self.ids[e.key]
                raise self.error(f"{name}: {_short(one)}", e.line, e.column) from None
            raise  # pragma: no cover - the statement alone failed above
        return statements

    def fresh(self, ref: str) -> str:
        out, n = ref, 1
        while out in self.used:
            n += 1
            out = f"{ref}_{n}"
        self.used.add(out)
        return out

    def steps(self, arg: _Entity, aim: tuple[str, str] | None) -> list[dict[str, Any]]:
        assert arg.pcs is not None
        out: list[dict[str, Any]] = []
        items = arg.pcs.items
        numbers: dict[int, Key | None] = {}
        pending: list[Key] = []
        previous: Key | None = None
        last = len(items) - 1
        for n, item in enumerate(items):
            if isinstance(item, PcsStatement):
                key = arg.pcs_keys[n]
                assert key is not None
                if n > 0 and isinstance(items[n - 1], PcsInference):
                    inf_item = items[n - 1]
                    assert isinstance(inf_item, PcsInference)
                    premises = (
                        self.uses(inf_item, numbers)
                        if "uses" in inf_item.data
                        else [*([previous] if previous else []), *pending]
                    )
                    made = self.step(arg, inf_item, premises, key, n == last, aim, n - 1)
                    if made is not None:
                        out.append(made)
                    previous, pending = key, []
                else:
                    pending.append(key)
                numbers[item.number] = key
        return out

    def uses(self, item: PcsInference, numbers: dict[int, Key | None]) -> list[Key]:
        # ``numbers``: the statements above this inference line, by their number.
        uses = item.data["uses"]
        if not isinstance(uses, list) or not all(
            isinstance(u, int) and not isinstance(u, bool) and u in numbers for u in uses
        ):
            raise self.error(
                f"'uses' must list the numbers of statements above the inference, "
                f"e.g. [1, 2]; got {uses!r}",
                item.line,
            )
        return [k for u in uses if (k := numbers.get(u)) is not None]

    def step(
        self,
        arg: _Entity,
        item: PcsInference,
        premises: list[Key],
        conclusion: Key,
        main: bool,
        aim: tuple[str, str] | None,
        n: int,
    ) -> dict[str, Any] | None:
        ref = self.step_ids[("i", f"{arg.key[1]}\x00{n}")]
        data = {k: v for k, v in item.data.items() if k != "uses"}
        fields: dict[str, Any] = {"id": ref, "tags": list(item.tags)}
        if item.rules:
            fields["scheme"] = ", ".join(item.rules)
        if main:
            adata = dict(arg.data)
            adata.pop("id", None)
            title = adata.pop("title", None)
            if isinstance(title, str):
                fields["title"] = title
            elif arg.title is not None and arg.title != ref:
                fields["title"] = arg.title
            for key in ("note", "cue", "confidence", "ignore", "scheme"):
                if key in adata:
                    fields[key] = adata.pop(key)
            if "note" not in fields and arg.text:
                fields["note"] = arg.text
            user = adata.pop("data", None) if isinstance(adata.get("data"), dict) else None
            data = {**data, **adata, **(user or {})}
            fields["tags"] = [*arg.tags, *fields["tags"]]
        if data:
            fields["data"] = data
        if not fields["tags"]:
            del fields["tags"]  # left to its default, as empty data: cheaper to validate
        prem = [self.ids[k] for k in premises if not self.is_placeholder(k)]
        if main and aim is not None:
            fields.update(conclusion=aim[0], polarity="attack")
        else:
            if self.is_placeholder(conclusion):
                raise self.error("only the last conclusion can be a placeholder", item.line)
            fields.update(conclusion=self.ids[conclusion])
        fields["premises"] = list(dict.fromkeys(prem))
        if fields["conclusion"] in fields["premises"]:
            # Argdown accepts a circular step; argmap's inferences cannot be.
            fields["premises"].remove(fields["conclusion"])
            if not fields["premises"]:
                self.lost_steps.add(ref)
                self.drop(
                    f"line {item.line}: an inference of <{arg.title or ref}> whose only "
                    f"premise is its conclusion {fields['conclusion']!r} (the inference)"
                )
                return None
            self.drop(
                f"line {item.line}: {fields['conclusion']!r} as a premise of its own "
                f"conclusion in <{arg.title or ref}> (that premise)"
            )
        if not fields["premises"]:
            raise self.error("this inference has no premises", item.line)
        self.step_places[id(fields)] = (f"<{arg.title or ref}>", arg.line, arg.column)
        return fields

    def inference(self, fields: dict[str, Any]) -> Inference:
        """One inference; a step of an argument that is not valid raises at the argument."""
        place = self.step_places.get(id(fields))
        if place is None:
            return Inference(**fields)
        try:
            return Inference(**fields)
        except (ValidationError, ValueError, TypeError) as exc:
            raise self.error(f"{place[0]}: {_short(exc)}", place[1], place[2]) from None

    def assemble(
        self,
        frontmatter: dict[str, Any] | None,
        statements: list[dict[str, Any]],
        inferences: list[dict[str, Any]],
        made_from: list[_Entity],
    ) -> ArgumentMap:
        source, meta, order = read_frontmatter(frontmatter, self.dropped)
        doc = {"source": source, "statements": statements, "inferences": inferences, "meta": meta}
        try:  # the whole map validated in one call: cheaper than its parts one by one
            amap = ArgumentMap.model_validate(doc, context={SKIP_CROSSREFS: True})
        except ValidationError:
            # The first bad statement raises with its line; else the inferences are
            # validated one by one, in the order they were made, for the same reason.
            doc["statements"] = self.validate_statements(statements, made_from)
            try:
                amap = ArgumentMap.model_validate(doc, context={SKIP_CROSSREFS: True})
            except ValidationError:
                doc["inferences"] = [self.inference(fields) for fields in inferences]
                amap = ArgumentMap.model_validate(doc, context={SKIP_CROSSREFS: True})
        if order is not None:
            rank = {ref: n for n, ref in enumerate(order)}
            amap.inferences.sort(key=lambda i: rank.get(i.id, len(rank)))
        problems = find_problems(amap)
        if problems:
            lines = {
                self.ids[e.key]: (e.line, e.column)
                for e in self.entities.values()
                if e.key in self.ids
            }
            first = problems[0]
            line, column = lines.get(first.ref or "", (1, 1))
            text = "; ".join(str(p) for p in problems)
            raise self.error(text, line, column)
        return amap


def _order(entity: _Entity) -> int:
    return entity.order


def _spans(value: Any) -> Any:
    if isinstance(value, list):
        out = []
        for span in value:
            if isinstance(span, list) and len(span) == 3:
                out.append({"start": span[0], "end": span[1], "quote": span[2]})
            else:
                out.append(span)
        return out
    return value


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
            for err in exc.errors(include_url=False)
        )
    return str(exc)


def build_map(doc: Document, *, source: str | None = None) -> ArgumentMap:
    """Turn a parsed Argdown document into a map; warn about what was dropped."""
    builder = _Builder(source or "<string>")
    builder.walk(doc)
    amap = builder.build(doc.frontmatter)
    if builder.dropped:
        listing = "\n".join(f"  - {d}" for d in builder.dropped)
        warnings.warn(
            ArgmapWarning(
                f"{source or '<string>'}: argmap cannot hold everything in this Argdown "
                f"document; dropped or changed:\n{listing}"
            ),
            stacklevel=3,
        )
    return amap
