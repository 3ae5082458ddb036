"""Text mutations for fuzz tests: random deletions, insertions and swaps."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that matter to the formats argmap reads.
# A lone surrogate ("\udfff") can only come from Python, never from a file.
SPECIAL = [*"{}[]<>()\"':,-#&*!|>\n\t\\ +_/=", "\u202e", "\u0301", "😀", "\x00", "\udfff"]


@st.composite
def mutated(draw: st.DrawFn, text: str, max_edits: int = 6) -> str:
    """``text`` with up to ``max_edits`` random edits."""
    chars = list(text)
    for _ in range(draw(st.integers(1, max_edits))):
        op = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "cut"]))
        pos = draw(st.integers(0, max(len(chars) - 1, 0)))
        if op == "delete" and chars:
            span = draw(st.integers(1, 20))
            del chars[pos : pos + span]
        elif op == "insert":
            piece = draw(st.lists(st.sampled_from(SPECIAL) | st.characters(), max_size=5))
            chars[pos:pos] = piece
        elif op == "replace" and chars:
            chars[pos] = draw(st.sampled_from(SPECIAL))
        elif op == "duplicate" and chars:
            span = draw(st.integers(1, 40))
            chars[pos:pos] = chars[pos : pos + span]
        elif op == "cut":
            chars = chars[:pos]
    return "".join(chars)
