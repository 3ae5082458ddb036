"""Argdown text -> :class:`~argmap.formats.argdown.tree.Document`.

A hand-written, line-oriented parser: blank lines separate top-level blocks;
inside a block, an indented line that starts with a relation symbol adds a
relation to the closest less-indented member above it, any other line
continues the text of the member above. Every error is a
:class:`~argmap.errors.ParseError` with the line and column.

>>> doc = parse_argdown("[T1]: Act now. #thesis\\n    <+ [C1]: Delay costs.")
>>> root = doc.blocks[0]
>>> root.title, root.tags, root.relations[0].member.text
('T1', ['thesis'], 'Delay costs.')
"""

from __future__ import annotations

import re
from typing import Any

from argmap.errors import ParseError
from argmap.formats.argdown.lexer import (
    Located,
    _is_simple,
    _parse_simple,
    parse_inline,
    split_frontmatter,
    strip_comments,
)
from argmap.formats.argdown.tree import (
    Block,
    Document,
    Heading,
    Member,
    MemberKind,
    Pcs,
    PcsInference,
    PcsStatement,
    Relation,
    RelationType,
)

__all__ = ["MAX_NESTING", "parse_argdown"]

#: How deeply relations may nest below a statement. Real debates use a handful of
#: levels; the limit keeps a hostile document from exhausting the stack of
#: everything that walks the tree later.
MAX_NESTING = 100

_RELATION = re.compile(r"(<\+|<-|<_|\+>|->|_>|><|\+|-|_)[ \t]+")
_SYMBOLS: dict[str, tuple[RelationType, bool]] = {
    "+": ("support", True),
    "<+": ("support", True),
    "+>": ("support", False),
    "-": ("attack", True),
    "<-": ("attack", True),
    "->": ("attack", False),
    "_": ("undercut", True),
    "<_": ("undercut", True),
    "_>": ("undercut", False),
    "><": ("contradiction", False),
}
_RELATION_START = frozenset("<+-_>")
#: A relation line whose member has a title without escapes: indent, symbol, the
#: title (statement or argument), a colon for a definition, the rest of the line.
_SIMPLE_RELATION = re.compile(
    r"([ \t]*)(<\+|<-|<_|\+>|->|_>|><|\+|-|_)[ \t]+"
    r"(\[([^\]\\\n]+)\](?!\()|<(?!!--)([^>\\\n]+)>)(:[ \t]*)?(.*)"
)
_PCS = re.compile(r"\((\d+)\)[ \t]+")
_HYPHENS = re.compile(r"-{2,}[ \t]*\Z")
_HYPHENS_INLINE = re.compile(r"-{2,}[ \t]+(.*?)[ \t]+-{2,}[ \t]*\Z")
_HEADING = re.compile(r"(#{1,6})[ \t]+")
_LIST = re.compile(r"(?:\*|\d+\.)[ \t]+")
_TITLE = {"[": re.compile(r"\[((?:[^\]\\\n]|\\.)*)\]"), "<": re.compile(r"<((?:[^>\\\n]|\\.)*)>")}
_UNESCAPE = re.compile(r"\\(.)")
# A title without escapes, then a colon (a definition) or not (a reference); not a
# Markdown link "[text](url)" nor an HTML comment "<!--".
_SIMPLE_TITLE = {
    "[": re.compile(r"\[([^\]\\\n]+)\](?!\()(:[ \t]*)?"),
    "<": re.compile(r"<(?!!--)([^>\\\n]+)>(:[ \t]*)?"),
}


class _Pending:
    """A member whose text is still being read, line by line."""

    __slots__ = ("member", "raw", "size", "where")

    def __init__(self, member: Member, text: str | None = None, line: int = 0, column: int = 0):
        self.member = member
        if text is None:
            self.raw: list[str] = []
            self.where: Located = []
            self.size = 0
        else:
            self.raw = [text]
            self.where = [(0, line, column)]
            self.size = len(text)

    def add(self, text: str, line: int, column: int) -> None:
        if self.raw:
            self.size += 1  # the "\n" joining the lines
        self.where.append((self.size, line, column))
        self.raw.append(text)
        self.size += len(text)


#: A reference whose line ends after its title (``[T1]``, ``    + <A>``): its member,
#: line and the column after the title. Its text is read only if a line continues it
#: (then, and only then, it becomes a :class:`_Pending`); else there is nothing to read.
_Bare = tuple[Member, int, int]


def _is_hyphens(stripped: str) -> bool:
    """An inference line (``----`` or ``-- rule --``)."""
    return bool(_HYPHENS.match(stripped) or _HYPHENS_INLINE.match(stripped))


def _indent(line: str) -> int:
    # Argdown measures indentation in characters: a tab counts as one.
    return len(line) - len(line.lstrip(" \t"))


def _rstrip(line: str) -> str:
    # Trailing blanks go, unless the last one is escaped ("\ ").
    stripped = line.rstrip(" \t")
    if len(stripped) < len(line):
        tail = len(stripped) - len(stripped.rstrip("\\"))
        if tail % 2:
            return line[: len(stripped) + 1]
    return stripped


class _Parser:
    def __init__(self, text: str, source: str) -> None:
        self.source = source
        text = text.replace("\r\n", "\n")
        if text.startswith("\ufeff"):
            text = text[1:]
        self.frontmatter, _, body = split_frontmatter(text, source)
        stripped, in_data = strip_comments(body, source)
        # A line that held only a comment is not there at all, as in Argdown: it
        # neither ends a block nor cuts a relation off from its parent.
        self.lines: list[str] = []
        self.nums: list[int] = []
        self.in_data: set[int] = set()
        self.blocks: list[Block] = []
        self.pending: list[_Pending] = []
        if stripped is body and not in_data:  # no comment, no data over several lines
            self.lines = body.split("\n")
            self.nums = list(range(1, len(self.lines) + 1))
            return
        for n, (kept, was) in enumerate(
            zip(stripped.split("\n"), body.split("\n"), strict=True), start=1
        ):
            if not kept.strip(" \t") and was.strip(" \t") and n not in in_data:
                continue
            if n in in_data:
                self.in_data.add(len(self.lines))
            self.lines.append(kept)
            self.nums.append(n)

    def error(self, message: str, line: int, column: int = 1) -> ParseError:
        return ParseError(message, source=self.source, line=line, column=column)

    # -- driver ----------------------------------------------------------------

    def parse(self) -> Document:
        lines, in_data = self.lines, self.in_data
        n = len(lines)
        i = 0
        while i < n:
            if not lines[i].strip(" \t") and i not in in_data:
                i += 1
                continue
            i = self.block(i)
        finish = self.finish
        for p in self.pending:
            finish(p)
        return Document(self.frontmatter, self.blocks)

    def block(self, i: int) -> int:
        line = self.lines[i]
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        col = indent + 1
        first = stripped[:1]
        if first == "[" or (first == "<" and not _RELATION.match(stripped)):
            # the usual block: a statement or an argument
            root, pending = self.member(stripped, self.nums[i], col)
            self.blocks.append(root)
            return self.tree(i + 1, 0, root, pending, stop_at_pcs=True)
        if first == "#" and (m := _HEADING.match(stripped)):
            p = _Pending(Member("statement", None, "", line=self.nums[i], column=col))
            p.add(_rstrip(stripped[m.end() :]), self.nums[i], col + m.end())
            text, tags, data = self.inline(p)
            self.blocks.append(Heading(len(m.group(1)), text, tags, data, self.nums[i]))
            return i + 1
        if _PCS.match(stripped):
            return self.pcs(i, None)
        if _HYPHENS.match(stripped) or _HYPHENS_INLINE.match(stripped):
            raise self.error(
                "an inference line must follow numbered premises such as '(1) ...'",
                self.nums[i],
                col,
            )
        if _RELATION.match(stripped):
            raise self.error(
                f"relation {stripped.split()[0]!r} has no parent: indent it under a statement "
                "or argument, with no blank line between them",
                self.nums[i],
                col,
            )
        level = 0
        if m := _LIST.match(stripped):
            stripped = stripped[m.end() :]
            col += m.end()
            level = indent + 1  # Argdown: a list item stands one column right of its marker
        root, pending = self.member(stripped, self.nums[i], col)
        self.blocks.append(root)
        return self.tree(i + 1, level, root, pending, stop_at_pcs=True)

    # -- relation trees ----------------------------------------------------------

    def tree(
        self,
        i: int,
        root_indent: int,
        root: Member | PcsInference,
        pending: _Pending | _Bare | None,
        *,
        stop_at_pcs: bool = False,
    ) -> int:
        """Read continuation and relation lines below ``root`` from line index ``i``.

        Relations nest by relative indentation, as in Argdown: a line indented
        more than the one before opens a deeper level, a line indented less
        closes every level indented more than it. ``root_indent`` is the level
        the root itself stands on (0, or a list item's own level).
        """
        lines, in_data, nums = self.lines, self.in_data, self.nums
        n = len(lines)
        if i < n and i not in in_data:  # the usual end of a tree, before any set-up:
            line = lines[i]
            if not line:  # a blank line
                return i
            first = line[0]  # or, in a structure, its next numbered line or inference line
            if (first == "(" and not stop_at_pcs and _PCS.match(line)) or (
                first == "-" and _is_hyphens(line)
            ):
                return i
        # Argdown's stack of indentation levels; owners[k] is the member most
        # recently placed on level k (the parent of a relation on level k + 1).
        levels = [0] if root_indent == 0 else [0, root_indent]
        owners: list[Member | PcsInference | None] = [root] if root_indent == 0 else [None, root]
        while i < n:
            line = lines[i]
            simple = _SIMPLE_RELATION.match(line)
            if simple is not None and i not in in_data:
                # the usual relation line: "  + [title]", "  <- <title>: text #tag" ...
                blanks, symbol, _, title, argument, colon, rest = simple.groups()
                indent = len(blanks)
                kept = len(levels)  # the levels that stay: every one up to this indent
                if indent <= levels[-1]:
                    while kept > 1 and indent < levels[kept - 1]:
                        kept -= 1
                    depth = kept - 1
                else:
                    depth = kept
                parent = owners[depth - 1] if 0 < depth <= MAX_NESTING else None
                kind: MemberKind = "statement"
                if title is None:
                    title = argument
                    kind = "argument"
                title = title.strip(" \t")
                if parent is not None and title:
                    if depth == kept:
                        levels.append(indent)
                    else:
                        del levels[kept:]
                    line_no = nums[i]
                    rtype, outgoing = _SYMBOLS[symbol]
                    spans = simple.regs  # where each group starts, in one call
                    child = Member(
                        kind, title, "" if colon else None, [], {}, [], line_no, spans[3][0] + 1
                    )
                    if rest or colon:
                        pending = _Pending(child, _rstrip(rest) if rest else rest, line_no,
                                           spans[7][0] + 1)  # fmt: skip
                        self.pending.append(pending)
                    else:  # a bare reference: nothing to read unless a line continues it
                        pending = (child, line_no, spans[7][0] + 1)
                    parent.relations.append(Relation(rtype, outgoing, child, line_no, indent + 1))
                    del owners[depth:]
                    owners.append(child)
                    i += 1
                    continue
                # an error, or an untitled member: the general road below says which
            inside = i in in_data
            stripped = line.lstrip(" \t")
            if not stripped and not inside:
                return i
            if inside:
                if pending is None:
                    raise self.error("data element outside a statement", self.nums[i])
                if isinstance(pending, tuple):
                    pending = self.unbare(pending)
                pending.add(line, self.nums[i], 1)
                i += 1
                continue
            indent = len(line) - len(stripped)
            col = indent + 1
            first = stripped[0]
            if (first == "(" and _PCS.match(stripped)) or (first == "-" and _is_hyphens(stripped)):
                if stop_at_pcs and first == "(" and isinstance(root, Member):
                    raise self.error(
                        "a premise-conclusion structure starts after a blank line: "
                        "leave an empty line between it and the argument above",
                        self.nums[i],
                        col,
                    )
                return i
            m = _RELATION.match(stripped) if first in _RELATION_START else None
            if m is None:
                if root_indent and _LIST.match(stripped):
                    return i  # the next item of the same list
                if pending is None:
                    raise self.error(
                        "text here belongs to no statement: start a relation with + - _ "
                        "or leave a blank line before a new statement",
                        self.nums[i],
                        col,
                    )
                if isinstance(pending, tuple):
                    pending = self.unbare(pending)
                pending.add(_rstrip(stripped), self.nums[i], col)
                i += 1
                continue
            if indent > levels[-1]:
                levels.append(indent)
            else:
                while len(levels) > 1 and indent < levels[-1]:
                    levels.pop()
            depth = len(levels) - 1
            if depth > MAX_NESTING:
                raise self.error(
                    f"relations nest deeper than {MAX_NESTING} levels here: "
                    "flatten the tree (a statement defined once can be referred to anywhere)",
                    self.nums[i],
                    col,
                )
            parent = owners[depth - 1] if depth > 0 else None
            if parent is None:
                if indent == 0:
                    raise self.error(
                        "relation is not indented more than the statement it belongs to: indent it",
                        self.nums[i],
                        col,
                    )
                raise self.error(
                    f"inconsistent indentation: this relation is indented {indent} columns, "
                    "less than the first relation below its statement; indent it as far as "
                    "that one, or further to nest it",
                    self.nums[i],
                    col,
                )
            rtype, outgoing = _SYMBOLS[m.group(1)]
            child, pending = self.member(stripped[m.end() :], self.nums[i], col + m.end())
            parent.relations.append(Relation(rtype, outgoing, child, self.nums[i], col))
            del owners[depth:]
            owners.append(child)
            i += 1
        return i

    # -- members -------------------------------------------------------------------

    def member(self, text: str, line: int, col: int) -> tuple[Member, _Pending | _Bare]:
        pattern = _SIMPLE_TITLE.get(text[:1])
        simple = pattern.match(text) if pattern is not None else None
        if simple is not None and (title := simple.group(1).strip(" \t")):
            # "[title]: text", "[title]" or "<title>": no escapes, no link, no comment
            offset = simple.end()
            member = Member(
                "statement" if text[0] == "[" else "argument",
                title,
                "" if simple.group(2) else None,
                [],
                {},
                [],
                line,
                col,
            )
            rest = text[offset:]
            if rest:
                rest = _rstrip(rest)
            elif not simple.group(2):  # a bare reference (see _Bare)
                return member, (member, line, col + offset)
            pending = _Pending(member, rest, line, col + offset)
            self.pending.append(pending)
            return member, pending
        return self._member(text, line, col)

    def _member(self, text: str, line: int, col: int) -> tuple[Member, _Pending]:
        kind = "statement"
        title: str | None = None
        definition = True
        rest = text
        offset = 0
        opener = text[:1]
        if opener in _TITLE and not text.startswith("<!--"):
            m = _TITLE[opener].match(text)
            # As in Argdown, an opener never closed on its line is plain text.
            after = text[m.end() :] if m else ""
            title = m.group(1) if m else None
            if title is not None:
                if "\\" in title:
                    title = _UNESCAPE.sub(r"\1", title)
                title = title.strip(" \t")
            if m is None or (opener == "[" and after.startswith("(")):
                title = None  # plain text (or a Markdown link)
            elif not title:
                # "[]: text" or "[ ]: text": an untitled statement, as Argdown counts it
                title = None
                offset = m.end() + (1 if after.startswith(":") else 0)
                offset += len(text[offset:]) - len(text[offset:].lstrip(" \t"))
                rest = text[offset:]
            else:
                kind = "statement" if opener == "[" else "argument"
                if after.startswith(":"):
                    offset = m.end() + 1
                    offset += len(after[1:]) - len(after[1:].lstrip(" \t"))
                else:
                    definition = False
                    offset = m.end()
                rest = text[offset:]
        member = Member(kind, title, None, line=line, column=col)  # type: ignore[arg-type]
        pending = _Pending(member)
        pending.add(_rstrip(rest), line, col + offset)
        member.text = "" if definition else None
        self.pending.append(pending)
        return member, pending

    def unbare(self, bare: _Bare) -> _Pending:
        """The reading of a bare reference's text, which a line continues after all."""
        # No member was made since this one (a continuing line follows its member's
        # lines), so it takes its place among the others, in document order.
        member, line, column = bare
        pending = _Pending(member, "", line, column)
        self.pending.append(pending)
        return pending

    def inline(self, p: _Pending, *, commas: bool = False) -> tuple[Any, list[str], dict[str, Any]]:
        return parse_inline(
            p.raw[0] if len(p.raw) == 1 else "\n".join(p.raw),
            p.where,
            source=self.source,
            commas=commas,
            refuse_references=not commas,
        )

    def finish(self, p: _Pending) -> None:
        member = p.member
        if len(p.raw) == 1 and not p.raw[0]:  # a reference, or a title and nothing else
            if member.text is not None and member.title is None:
                raise self.error("empty statement", member.line, member.column)
            if member.text is not None:
                member.text = None
            return
        raw = p.raw
        simple = _parse_simple(raw[0]) if len(raw) == 1 and _is_simple(raw[0]) else None
        text, tags, data = simple if simple is not None else self.inline(p)
        assert isinstance(text, str)
        member.tags, member.data = tags, data
        if member.text is None:
            if text:
                line, col = p.where[0][1], p.where[0][2]
                raise self.error(
                    f"text after {member.ref}: write '{member.ref}: text' to define it, "
                    f"or put the text on its own after a blank line",
                    line,
                    col,
                )
        elif not text and member.title is None:
            raise self.error("empty statement", member.line, member.column)
        else:
            member.text = text if text else None

    # -- premise-conclusion structures ------------------------------------------------

    def pcs(self, i: int, argument: Member | None) -> int:
        if argument is None and self.blocks:
            last = self.blocks[-1]
            if isinstance(last, Member) and last.kind == "argument" and i > 0:
                # Only the block right before (one blank line apart) owns the pcs.
                argument = last if self._adjacent(last, i) else None
        pcs = Pcs([], argument, self.nums[i])
        self.blocks.append(pcs)
        lines, in_data = self.lines, self.in_data
        n = len(lines)
        stepped = False  # an inference line was read
        while i < n:
            line = lines[i]
            stripped = line.lstrip(" \t")
            col = len(line) - len(stripped) + 1
            if not stripped.strip(" \t") and i not in in_data:
                break
            if m := _PCS.match(stripped):
                # Argdown takes the numbers as labels: gaps and repeats are allowed.
                number = int(m.group(1))
                member, pending = self.member(stripped[m.end() :], self.nums[i], col + m.end())
                if member.kind == "argument":
                    raise self.error(
                        "a premise or conclusion must be a statement, not an argument",
                        self.nums[i],
                        col + m.end(),
                    )
                pcs.items.append(PcsStatement(number, member, self.nums[i]))
                i = self.tree(i + 1, 0, member, pending)
                continue
            if _HYPHENS.match(stripped) or _HYPHENS_INLINE.match(stripped):
                if not pcs.items or isinstance(pcs.items[-1], PcsInference):
                    raise self.error(
                        "an inference line must follow a numbered premise", self.nums[i], col
                    )
                i = self.inference(pcs, i, col)
                stepped = True
                continue
            raise self.error(
                "expected a numbered statement '(n) ...' or an inference line '----'",
                self.nums[i],
                col,
            )
        if not pcs.items or not isinstance(pcs.items[-1], PcsStatement) or not stepped:
            raise self.error(
                "a premise-conclusion structure ends with an inference line ('----') "
                "and a conclusion '(n) ...'",
                pcs.line,
            )
        return i

    def _adjacent(self, member: Member, i: int) -> bool:
        j = i - 1
        while j >= 0 and not self.lines[j].strip(" \t"):
            j -= 1
        # The argument's block ends at j; find where it began.
        k = j
        while k > 0 and self.lines[k - 1].strip(" \t"):
            k -= 1
        return self.nums[k] == member.line

    def inference(self, pcs: Pcs, i: int, col: int) -> int:
        stripped = self.lines[i].strip(" \t")
        m = _HYPHENS_INLINE.match(stripped)
        p = _Pending(Member("statement", None, "", line=self.nums[i], column=col))
        start = i
        if m:
            p.add(m.group(1), self.nums[i], col + m.start(1))
            i += 1
        else:
            i += 1
            n = len(self.lines)
            # Expanded form: lines of rules and data up to the closing hyphens.
            nxt = self.lines[i].lstrip(" \t") if i < n else ""
            if i < n and nxt and not _PCS.match(nxt) and not _RELATION.match(nxt):
                while i < n and not _HYPHENS.match(self.lines[i].strip(" \t")):
                    if not self.lines[i].strip(" \t") and i not in self.in_data:
                        raise self.error(
                            "expanded inference is not closed: add a line of hyphens '--'",
                            self.nums[start],
                            col,
                        )
                    p.add(_rstrip(self.lines[i].lstrip(" \t")), self.nums[i], 1)
                    i += 1
                if i >= n:
                    raise self.error(
                        "expanded inference is not closed: add a line of hyphens '--'",
                        self.nums[start],
                        col,
                    )
                i += 1
        rules: list[str] = []
        data: dict[str, Any] = {}
        tags: list[str] = []
        if p.raw:
            parts, tags, data = self.inline(p, commas=True)
            rules = [r for r in parts if r]
        inf = PcsInference(rules, data, [], self.nums[start], tags)
        pcs.items.append(inf)
        return self.tree(i, 0, inf, None)


def parse_argdown(text: str, *, source: str | None = None) -> Document:
    """Parse Argdown text into its document tree (no map yet)."""
    return _Parser(text, source or "<string>").parse()
