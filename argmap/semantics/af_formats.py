"""Read and write abstract frameworks as ASPARTIX (``.apx``) or trivial graph format (``.tgf``).

**ASPARTIX** text is a list of logic-programming facts, ``arg(NAME).`` for an
argument and ``att(ATTACKER,TARGET).`` for an attack, in any order and any
layout. ``%`` starts a comment running to the end of the line; ``%* ... *%``
is a block comment. A name is either bare (any run of characters other than
white space, parentheses, commas, ``%`` and ``"``) or double-quoted, with
``\\"``, ``\\\\`` and ``\\n`` escapes. The writer quotes every name that is
not a lower-case identifier or a number, so that logic programs read it as a
constant.

**Trivial graph format** text lists one argument per line, then a line
holding ``#``, then one ``attacker target`` pair per line. Blank lines are
skipped; anything after the name on an argument line, or after the pair on an
attack line, is a label and is ignored.

Malformed text raises :class:`argmap.errors.ParseError` naming the line and
column and what was expected.

>>> af = from_apx("arg(a). arg(b). att(a,b).  % a attacks b")
>>> af
Framework(arguments=('a', 'b'), attacks=[('a', 'b')])
>>> print(to_tgf(af), end="")
a
b
#
a b
>>> from_tgf(to_tgf(af)) == af
True
"""

from __future__ import annotations

import re

from argmap.errors import ParseError
from argmap.semantics.frameworks import Framework, FrameworkError

__all__ = ["from_apx", "from_tgf", "to_apx", "to_tgf"]

_NAME = r'"(?:[^"\\]|\\[\s\S])*"|[^\s(),%"]+'
_FACT = re.compile(rf"(arg|att)\s*\(\s*({_NAME})\s*(?:,\s*({_NAME})\s*)?\)\s*\.")
_LOOSE_FACT = re.compile(r"(\w+)\s*(\()?([^)\n]*)(\))?\s*(\.)?")
_SPACE = re.compile(r"\s*")
_BARE = re.compile(r"[a-z][A-Za-z0-9_]*|0|[1-9][0-9]*")
_ESCAPE = re.compile(r"\\([\s\S])")


def _locate(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of offset ``pos`` in ``text``."""
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, column


def _error(text: str, pos: int, message: str, source: str | None) -> ParseError:
    line, column = _locate(text, pos)
    return ParseError(message, source=source, line=line, column=column)


def _unquote(token: str) -> str:
    if not token.startswith('"'):
        return token
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else m.group(1), token[1:-1])


def _diagnose(text: str, pos: int) -> str:
    """Say what is wrong with the text at ``pos``, where no fact matched."""
    loose = _LOOSE_FACT.match(text, pos)
    if loose is None:
        found = text[pos : pos + 20].split("\n", 1)[0]
        return f"expected arg(NAME). or att(NAME,NAME). but found {found!r}"
    word, opening, inside, closing, dot = loose.groups()
    if word not in ("arg", "att"):
        return f"unknown fact {word!r}; expected arg(NAME). or att(NAME,NAME)."
    if opening is None:
        return f"expected '(' after {word!r}"
    if closing is None:
        return f"missing ')' in {word}(...)"
    if inside.count('"') % 2:
        return f"a quoted name in {word}({inside}) is never closed by '\"'"
    names = [part.strip() for part in inside.split(",")]
    wanted = 1 if word == "arg" else 2
    if len(names) != wanted or not all(names):
        shape = "arg(NAME)" if word == "arg" else "att(ATTACKER,TARGET)"
        return f"{word} takes {wanted} name{'s' if wanted > 1 else ''}: write {shape}."
    if dot is None:
        return f"expected '.' after {word}({inside})"
    return f"{word}({inside}) has a malformed name; quote names that hold spaces or '%'"


def from_apx(text: str, *, source: str | None = None) -> Framework:
    """Read a framework from ASPARTIX text (``arg(a).`` and ``att(a,b).`` facts).

    Parameters
    ----------
    text
        The ``.apx`` text.
    source
        A name for the text (a file name) used in error messages.

    Returns
    -------
    Framework
        Arguments in the order of their first ``arg`` fact.

    Raises
    ------
    argmap.errors.ParseError
        If a fact is malformed or an attack names an undeclared argument.

    Examples
    --------
    >>> af = from_apx('''
    ... % the classic mutual attack
    ... arg(a). arg(b).
    ... att(a,b). att(b,a).
    ... ''')
    >>> sorted(af.attacks)
    [('a', 'b'), ('b', 'a')]
    >>> from_apx("arg(a).\\natt(a,b).", source="tiny.apx")
    Traceback (most recent call last):
    ...
    argmap.errors.ParseError: tiny.apx:2:1: att(a,b) names 'b', which no arg fact declares
    """
    arguments: dict[str, None] = {}
    attacks: list[tuple[str, str, int]] = []
    pos, end = 0, len(text)
    while True:
        space = _SPACE.match(text, pos)
        pos = space.end() if space else pos
        if text.startswith("%*", pos):
            close = text.find("*%", pos + 2)
            if close < 0:
                raise _error(text, pos, "block comment '%*' is never closed by '*%'", source)
            pos = close + 2
            continue
        if text.startswith("%", pos):
            newline = text.find("\n", pos)
            pos = end if newline < 0 else newline
            continue
        if pos >= end:
            break
        fact = _FACT.match(text, pos)
        if fact is None:
            raise _error(text, pos, _diagnose(text, pos), source)
        kind, first, second = fact.groups()
        if (kind == "arg") != (second is None):
            raise _error(text, pos, _diagnose(text, pos), source)
        if second is None:
            arguments[_unquote(first)] = None
        else:
            attacks.append((_unquote(first), _unquote(second), pos))
        pos = fact.end()
    for attacker, target, at in attacks:
        for name in (attacker, target):
            if name not in arguments:
                message = (
                    f"att({_apx_name(attacker)},{_apx_name(target)}) names {name!r}, "
                    "which no arg fact declares"
                )
                raise _error(text, at, message, source)
    return Framework(arguments, [(a, b) for a, b, _ in attacks])


def _apx_name(name: str) -> str:
    if _BARE.fullmatch(name):
        return name
    escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _ordered_attacks(af: Framework) -> list[tuple[str, str]]:
    position = {name: i for i, name in enumerate(af.arguments)}
    return sorted(af.attacks, key=lambda pair: (position[pair[0]], position[pair[1]]))


def to_apx(af: Framework) -> str:
    """Write a framework as ASPARTIX text, one fact per line.

    Arguments come first in their order, then attacks ordered by attacker
    and target. Every framework can be written; :func:`from_apx` reads the
    result back to an equal framework.

    Examples
    --------
    >>> print(to_apx(Framework(["a", "Big claim"], [("a", "Big claim")])), end="")
    arg(a).
    arg("Big claim").
    att(a,"Big claim").
    """
    lines = [f"arg({_apx_name(name)})." for name in af.arguments]
    lines += [f"att({_apx_name(a)},{_apx_name(b)})." for a, b in _ordered_attacks(af)]
    return "".join(line + "\n" for line in lines)


def from_tgf(text: str, *, source: str | None = None) -> Framework:
    """Read a framework from trivial graph format text.

    Parameters
    ----------
    text
        Argument lines, a ``#`` line, then ``attacker target`` lines. Text
        with no ``#`` line holds arguments only.
    source
        A name for the text (a file name) used in error messages.

    Raises
    ------
    argmap.errors.ParseError
        If an attack line does not hold two names, names an argument not
        listed above the ``#`` line, or a second ``#`` line appears.

    Examples
    --------
    >>> af = from_tgf("a\\nb\\n#\\na b\\n")
    >>> af.arguments, sorted(af.attacks)
    (('a', 'b'), [('a', 'b')])
    >>> from_tgf("a\\n#\\na c\\n")
    Traceback (most recent call last):
    ...
    argmap.errors.ParseError: 3:3: unknown argument 'c'; list it above the '#' line
    """
    arguments: dict[str, None] = {}
    attacks: list[tuple[str, str]] = []
    separator = 0
    for number, line in enumerate(text.splitlines(), start=1):
        tokens = [(m.group(), m.start() + 1) for m in re.finditer(r"\S+", line)]
        if not tokens:
            continue
        if tokens[0][0] == "#":
            if separator:
                message = f"second '#' line (the first is line {separator}); only one is allowed"
                raise ParseError(message, source=source, line=number, column=tokens[0][1])
            separator = number
        elif not separator:
            arguments[tokens[0][0]] = None
        elif len(tokens) < 2:
            message = f"an attack line needs two names, 'attacker target'; found {line.strip()!r}"
            raise ParseError(message, source=source, line=number, column=tokens[0][1])
        else:
            for name, column in tokens[:2]:
                if name not in arguments:
                    message = f"unknown argument {name!r}; list it above the '#' line"
                    raise ParseError(message, source=source, line=number, column=column)
            attacks.append((tokens[0][0], tokens[1][0]))
    return Framework(arguments, attacks)


def to_tgf(af: Framework) -> str:
    """Write a framework as trivial graph format text.

    Raises
    ------
    argmap.semantics.FrameworkError
        If an argument name is empty, holds white space or is ``#``: such
        names cannot be told apart in this format (use :func:`to_apx`).

    Examples
    --------
    >>> print(to_tgf(Framework("ab", [("b", "a")])), end="")
    a
    b
    #
    b a
    """
    for name in af.arguments:
        if not name or name == "#" or any(char.isspace() for char in name):
            raise FrameworkError(
                f"argument {name!r} cannot be written as TGF (empty, '#' or holds white "
                "space); rename it or use to_apx"
            )
    lines = [*af.arguments, "#", *(f"{a} {b}" for a, b in _ordered_attacks(af))]
    return "".join(line + "\n" for line in lines)
