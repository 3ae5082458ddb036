"""Parsing untrusted XML: no entity declarations, errors located for the reader.

The standard library's parser never fetches external entities; a document
that declares its own (``<!ENTITY``), the way entity-expansion attacks begin,
is refused before parsing. Syntax errors become a
:class:`~argmap.errors.ParseError` with the line and column.

>>> parse_xml("<a><b/></a>", source="x.xml").tag
'a'
>>> parse_xml("<a><b></a>", source="x.xml")
Traceback (most recent call last):
argmap.errors.ParseError: x.xml:1:9: not well-formed XML: mismatched tag
>>> parse_xml('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', source="x.xml")
Traceback (most recent call last):
argmap.errors.ParseError: x.xml:1:14: the document declares an entity (<!ENTITY); ...
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from argmap.errors import ParseError

__all__ = ["parse_xml"]

_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)


def parse_xml(text: str, *, source: str | None, what: str = "XML") -> ET.Element:
    """The root element of ``text``; a located ParseError when it is not well-formed."""
    name = source or "<string>"
    declared = _ENTITY.search(text)
    if declared:
        line = text.count("\n", 0, declared.start()) + 1
        column = declared.start() - (text.rfind("\n", 0, declared.start()) + 1) + 1
        raise ParseError(
            "the document declares an entity (<!ENTITY); argmap does not expand entities: "
            "remove the declaration",
            source=name,
            line=line,
            column=column,
        )
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":", 1)[0]
        raise ParseError(
            f"not well-formed {what}: {message}", source=name, line=line, column=column + 1
        ) from None
