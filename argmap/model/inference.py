"""Inferences: how statements bear on each other.

One inference has one or more premises and one conclusion. Several premises
in one inference form a *linked* argument (they work only together); several
inferences into one conclusion are *convergent* (each works alone). An
attack whose conclusion is another inference is an *undercut*: it denies
that the premises, even if true, support the conclusion.

>>> Inference(id="I1", premises=["E1", "E2"], conclusion="C1").is_linked
True
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from argmap.model.data import Data
from argmap.model.statements import Id

__all__ = ["Inference", "Polarity"]

Polarity = Literal["support", "attack"]


class Inference(BaseModel):
    """Premises bearing on a conclusion, for it (support) or against it (attack)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id = Field(description="Stable identifier, unique in the map (e.g. 'I3').")
    premises: list[Id] = Field(min_length=1, description="Ids of the premise statements.")
    conclusion: Id = Field(description="Id of the statement (or, for an undercut, inference).")
    polarity: Polarity = "support"
    scheme: str | None = Field(
        default=None, description="Argumentation scheme, e.g. 'expert_opinion', 'analogy'."
    )
    title: str | None = None
    note: str | None = None
    tags: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    cue: str | None = None
    data: Data = Field(default_factory=dict)

    @property
    def is_linked(self) -> bool:
        """True when several premises work together in this one inference."""
        return len(self.premises) > 1

    @property
    def is_attack(self) -> bool:
        """True for an attack (rebutting a statement or undercutting an inference)."""
        return self.polarity == "attack"
