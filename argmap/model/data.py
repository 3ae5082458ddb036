"""Free-form data on maps, statements and inferences: JSON values, finite numbers only.

``data`` and ``meta`` hold whatever a format or a user wants to keep (an
Argdown data block, AIF extras). They are written to JSON, which has no NaN
or infinity, so a value that holds one is refused here rather than written
as text no JSON reader accepts.

>>> from pydantic import TypeAdapter
>>> TypeAdapter(Data).validate_python({"n": [1, 2.5, {"k": None}]})
{'n': [1, 2.5, {'k': None}]}
>>> TypeAdapter(Data).validate_python({"n": [float("nan")]})
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for function-after[...]
...
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import AfterValidator, JsonValue

__all__ = ["Data"]


def _finite(value: dict[str, Any]) -> dict[str, Any]:
    if not value:
        return value
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                raise ValueError(
                    f"holds {item!r}, which JSON cannot write; use a finite number or null"
                )
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return value


Data = Annotated[dict[str, JsonValue], AfterValidator(_finite)]
"""A ``dict`` of JSON values whose numbers are all finite."""
