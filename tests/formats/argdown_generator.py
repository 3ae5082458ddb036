"""Random Argdown documents for the differential test against the Argdown CLI.

:func:`generate` draws a document from the documented syntax: statements
(titled, untitled, references, definitions), arguments, relation trees in
every direction with uneven indentation, comments of all three kinds on
their own lines, premise-conclusion structures with gaps in the numbering,
intermediate conclusions, inference rules and ``uses`` data, headings,
lists, tags, data and mentions. Now and then it breaks a rule on purpose
(a blank line inside a relation block, text after a reference, a relation
at column 0), so the test also sees documents both sides must refuse.
"""

from __future__ import annotations

import random

WORDS = ["rain", "tolls", "trains", "parks", "fees", "rents"]
WORDS += ["wages", "roads", "ports", "farms", "schools", "clinics"]
VERBS = ["rise", "fall", "matter", "help", "hurt", "last", "grow", "shrink"]
RELATIONS = ["+", "-", "<+", "<-", "+>", "->", "_", "<_", "_>", "><"]
COMMENTS = ["// a note", "/* a block */", "<!-- a remark -->", "<!--\n  over\n  lines\n-->"]


class _Doc:
    def __init__(self, rng: random.Random, *, broken: bool) -> None:
        self.rng = rng
        self.broken = broken
        self.lines: list[str] = []
        self.titles = [f"S{n}" for n in range(1, 7)]
        self.args = [f"A{n}" for n in range(1, 4)]

    def sentence(self) -> str:
        r = self.rng
        text = f"{r.choice(WORDS).capitalize()} {r.choice(VERBS)}."
        if r.random() < 0.15:
            text += f" #{r.choice(WORDS)}"
        if r.random() < 0.1:
            text += f" {{weight: {r.randint(1, 9)}}}"
        if r.random() < 0.08:
            text = f"As @[{r.choice(self.titles)}] says, {text[0].lower()}{text[1:]}"
        return text

    def statement(self, avoid: set[str] | None = None) -> str:
        r = self.rng
        roll = r.random()
        titles = [t for t in self.titles if t not in (avoid or set())]
        if not titles or roll >= 0.7:
            return self.sentence()
        title = r.choice(titles)
        if avoid is not None:
            avoid.add(title)
        return f"[{title}]: {self.sentence()}" if roll < 0.45 else f"[{title}]"

    def member(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            name = r.choice(self.args)
            return f"<{name}>: {self.sentence()}" if r.random() < 0.5 else f"<{name}>"
        return self.statement()

    def comment(self, indent: int) -> None:
        if self.rng.random() < 0.15:
            for line in self.rng.choice(COMMENTS).split("\n"):
                self.lines.append(" " * indent + line)

    def tree(self) -> None:
        r = self.rng
        root = self.member()
        self.lines.append(root)
        self.comment(0)
        levels = [r.randint(1, 4)]
        # The member each level hangs from: no relation of a member to itself
        # (docs/argdown.md: argmap drops those, Argdown's bookkeeping of them
        # can move other relations).
        parents = [_title(root)]
        last: str | None = None
        for _ in range(r.randint(0, 6)):
            move = r.random()
            if move < 0.35 and len(levels) < 4 and last is not None:
                levels.append(levels[-1] + r.randint(1, 4))
                parents.append(last)
            elif move < 0.6 and len(levels) > 1:
                levels.pop()
                parents.pop()
                if r.random() < 0.3:  # uneven dedent: between two earlier levels
                    levels[-1] = max(levels[-2] + 1 if len(levels) > 1 else 1, levels[-1] - 1)
            symbol = r.choice(RELATIONS)
            child = self.statement() if symbol == "><" else self.member()
            while parents[-1] is not None and _title(child) == parents[-1]:
                child = self.sentence()
            last = _title(child) or ""
            self.lines.append(" " * levels[-1] + f"{symbol} {child}")
            self.comment(levels[-1])

    def pcs(self) -> None:
        r = self.rng
        if r.random() < 0.7:
            self.lines += [f"<{r.choice(self.args)}>", ""]
        number = 0
        above: list[int] = []
        used: set[str] = set()  # one statement twice in a pcs: docs/argdown.md
        for step in range(r.randint(1, 2)):
            for _ in range(r.randint(1, 3)):
                number += r.choice([1, 1, 1, 2])
                above.append(number)
                self.lines.append(f"({number}) {self.statement(used)}")
                self.comment(0)
            roll = r.random()
            if roll < 0.5:
                self.lines.append("----")
            elif roll < 0.7:
                self.lines.append(f"-- {r.choice(WORDS).capitalize()} rule --")
            else:
                uses = r.sample(above, k=min(len(above), r.randint(1, 2)))
                self.lines += ["--", f"Modus ponens {{uses: {sorted(uses)}}}", "--"]
            if step == 0 and r.random() < 0.2:
                self.lines.append(f"  <_ [{r.choice(self.titles)}]: {self.sentence()}")
            number += r.choice([1, 1, 2])
            above.append(number)
            self.lines.append(f"({number}) {self.statement(used)}")
        if r.random() < 0.3:
            self.lines.append(f"  {r.choice(['+', '-', '->'])} {self.statement()}")

    def breakage(self) -> None:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            self.lines += [f"[{r.choice(self.titles)}]: {self.sentence()}", "", "  - [S1]"]
        elif roll < 0.5:
            self.lines.append(f"[{r.choice(self.titles)}] and more words")
        elif roll < 0.75:
            self.lines += [f"[{r.choice(self.titles)}]: {self.sentence()}", "+ [S2]"]
        else:
            self.lines += [f"[{r.choice(self.titles)}]: see [S3] here"]

    def build(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            self.lines += ["===", "title: Generated", "===", ""]
        for _ in range(r.randint(1, 5)):
            roll = r.random()
            if roll < 0.1:
                self.lines.append(f"{'#' * r.randint(1, 3)} {r.choice(WORDS).capitalize()}")
            elif roll < 0.2:
                self.lines.append(f"* {self.member()}")
                self.lines.append(f"* {self.member()}")
            elif roll < 0.45:
                self.pcs()
            else:
                self.tree()
            self.lines.append("")
        if self.broken:
            self.breakage()
        return "\n".join(self.lines) + "\n"


def _title(member: str) -> str | None:
    """``[S1]`` or ``<A1>`` at the start of ``member``, else None (untitled)."""
    if member[:1] in "[<":
        return member[: member.index("]" if member[0] == "[" else ">") + 1]
    return None


def generate(seed: int) -> str:
    """One random document; about one in six breaks a rule on purpose."""
    rng = random.Random(seed)
    return _Doc(rng, broken=rng.random() < 1 / 6).build()
