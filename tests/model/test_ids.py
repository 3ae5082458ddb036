"""The one id pattern: the model's validation, is_id and the id-safe rewriting agree."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from argmap.model import Claim, is_id
from argmap.model.statements import ID_MAX_LENGTH, NOT_ID_CHARS

CASES = [
    "C1",
    "_x",
    "arg:2.b-c",
    "9",
    "-x",
    ".x",
    "two words",
    "a/b",
    "é",
    "",
    "x" * 200,
    "x" * 201,
]


@pytest.mark.parametrize("ref", CASES)
def test_is_id_agrees_with_the_model(ref: str) -> None:
    try:
        Claim(id=ref, text="t")
        valid = True
    except ValidationError:
        valid = False
    assert is_id(ref) is valid


@pytest.mark.parametrize("text", ["two words", "a/b\\c", "Seoul’s call", "x"])
def test_rewritten_text_is_an_id(text: str) -> None:
    ref = NOT_ID_CHARS.sub("_", text)[:ID_MAX_LENGTH]
    assert is_id(ref)
