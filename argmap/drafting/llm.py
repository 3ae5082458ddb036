"""A drafting extractor backed by a language model behind an OpenAI-compatible API.

Off by default: :func:`argmap.draft` uses it only when given one. It sends the
text with the JSON Schema of :class:`~argmap.model.ArgumentMap` as the
required answer format (``response_format`` of type ``json_schema``), checks
the answer against the model, and re-anchors every quoted span to its exact
offsets in the text (a span whose words are not in the text is dropped with
an :class:`~argmap.errors.ArgmapWarning`). Only the standard library is used
(``urllib``), so no extra package is needed.

Settings come from the arguments or, when not given, from the environment:
``ARGMAP_LLM_BASE_URL`` (e.g. ``http://localhost:8080/v1``),
``ARGMAP_LLM_MODEL`` and ``ARGMAP_LLM_API_KEY`` (optional: local servers need
none).

>>> ex = ChatExtractor(base_url="http://127.0.0.1:9/v1", model="m", api_key="k")
>>> body = ex.request_body("We must act.", source=Source(text="We must act."))
>>> body["response_format"]["type"], body["model"]
('json_schema', 'm')
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
import warnings
from typing import TYPE_CHECKING, Any

from argmap.errors import ArgmapWarning, ExtractorError
from argmap.model import ArgumentMap, Source, find_quote

if TYPE_CHECKING:
    from argmap.drafting.extractor import Extractor

__all__ = ["SYSTEM_PROMPT", "ChatExtractor"]

#: What the model is asked to do (the answer format is the map's JSON Schema).
SYSTEM_PROMPT = """\
You map the reasoning of opinion pieces. Read the editorial and answer with one
JSON argument map that follows the given JSON Schema exactly.
- statements: the thesis (the author's main recommendation, exactly one), claims,
  premises, counterclaims (views the author reports but does not hold; put their
  holder in attributed_to), rebuttals (the author's answers to counterclaims) and
  evidence (with evidence_type: statistic, example, testimony, expert_opinion,
  common_ground, fact or study; put a quoted speaker in attributed_to).
- every statement: a short paraphrase in text, and spans whose quote is copied
  word for word from the editorial (start and end may be approximate).
- inferences: premises -> conclusion with polarity support or attack; counterclaims
  attack what they oppose, rebuttals attack the counterclaim they answer.
- give every statement and inference a confidence between 0 and 1 and, in cue,
  the words of the text that made you propose it.
- leave out headlines, bylines, datelines and appeals to subscribe.
"""


class ChatExtractor:
    """Ask a chat model (OpenAI-compatible ``/chat/completions``) for the map.

    ``refine`` is another extractor whose draft is shown to the model to
    correct (for example :class:`~argmap.drafting.heuristic.HeuristicExtractor`).
    """

    def __init__(
        self,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        temperature: float = 0.0,
        refine: Extractor | None = None,
    ) -> None:
        self.model = model or os.environ.get("ARGMAP_LLM_MODEL")
        self.base_url = base_url or os.environ.get("ARGMAP_LLM_BASE_URL")
        self.api_key = api_key if api_key is not None else os.environ.get("ARGMAP_LLM_API_KEY")
        self.timeout = timeout
        self.temperature = temperature
        self.refine = refine

    # -- the request ------------------------------------------------------------

    @property
    def url(self) -> str:
        """The endpoint the request goes to."""
        if not self.base_url:
            raise ExtractorError(
                "no endpoint for the language-model extractor: pass base_url= or set "
                "ARGMAP_LLM_BASE_URL (for example http://localhost:8080/v1)"
            )
        return self.base_url.rstrip("/") + "/chat/completions"

    def request_body(self, text: str, *, source: Source) -> dict[str, Any]:
        """The JSON body sent for ``text`` (public so it can be inspected)."""
        if not self.model:
            raise ExtractorError(
                "no model named for the language-model extractor: pass model= or set "
                "ARGMAP_LLM_MODEL"
            )
        user = f"Title: {source.title}\n\n" if source.title else ""
        user += f"Editorial:\n<<<\n{text}\n>>>"
        if self.refine is not None:
            first = self.refine.extract(text, source=source)
            draft = first.model_dump(mode="json", exclude={"source"}, exclude_none=True)
            user += "\n\nA first draft to correct and complete:\n" + json.dumps(draft)
        return {
            "model": self.model,
            "temperature": self.temperature,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": user},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "argument_map",
                    "schema": ArgumentMap.model_json_schema(),
                    "strict": False,
                },
            },
        }

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        url = self.url
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            url, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300].strip()
            raise ExtractorError(
                f"{url}: the endpoint answered HTTP {exc.code} {exc.reason}"
                + (f": {detail}" if detail else "")
            ) from None
        except TimeoutError:
            raise ExtractorError(
                f"{url}: no answer within {self.timeout:g} s; raise timeout= or try later"
            ) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise ExtractorError(
                    f"{url}: no answer within {self.timeout:g} s; raise timeout= or try later"
                ) from None
            raise ExtractorError(f"{url}: cannot reach the endpoint: {reason}") from None
        try:
            answer = json.loads(raw)
        except ValueError:
            raise ExtractorError(f"{url}: the endpoint's answer is not JSON") from None
        if not isinstance(answer, dict):
            raise ExtractorError(f"{url}: the endpoint's answer is not a JSON object")
        return answer

    # -- the answer -------------------------------------------------------------

    def extract(self, text: str, *, source: Source) -> ArgumentMap:
        """Send ``text`` to the model and return its map, checked and anchored."""
        answer = self._post(self.request_body(text, source=source))
        return self.read_answer(answer, text=text, source=source)

    def read_answer(self, answer: dict[str, Any], *, text: str, source: Source) -> ArgumentMap:
        """Turn a chat-completion answer into a map of ``text`` (or raise)."""
        try:
            choice = answer["choices"][0]
            message = choice["message"]
        except (KeyError, IndexError, TypeError):
            raise ExtractorError("the model's answer has no choices[0].message") from None
        refusal = message.get("refusal")
        if refusal:
            raise ExtractorError(f"the model refused to map the text: {refusal}")
        if choice.get("finish_reason") == "content_filter":
            raise ExtractorError("the model refused to map the text (content filter)")
        content = message.get("content")
        if not isinstance(content, str) or not content.strip():
            raise ExtractorError("the model's answer is empty")
        try:
            data = json.loads(content)
        except ValueError as exc:
            raise ExtractorError(f"the model's answer is not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ExtractorError("the model's answer is not a JSON object (an argument map)")
        data.pop("source", None)
        data["version"] = 1
        _anchor(data, text)
        raw_meta = data.get("meta")
        meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
        data["meta"] = {**meta, "drafted_by": f"argmap.drafting.llm.ChatExtractor ({self.model})"}
        data["source"] = source.model_dump()
        try:
            return ArgumentMap.model_validate(data)
        except ValueError as exc:
            lines = str(exc).splitlines()
            shown = "\n  ".join(lines[:12])
            raise ExtractorError(f"the model's map is not valid:\n  {shown}") from None


def _anchor(data: dict[str, Any], text: str) -> None:
    """Set every span's offsets from its quote; drop (and warn about) quotes not found."""
    dropped: list[str] = []
    statements = data.get("statements")
    if not isinstance(statements, list):
        return
    for s in statements:
        if not isinstance(s, dict) or not isinstance(s.get("spans"), list):
            continue
        kept = []
        for span in s["spans"]:
            if not isinstance(span, dict) or not isinstance(span.get("quote"), str):
                continue
            quote = span["quote"].strip()
            start = span.get("start")
            near = start if isinstance(start, int) else 0
            found = find_quote(text, quote, near=near)
            if found is None:
                dropped.append(f"{s.get('id')}: {quote[:50]!r}")
                continue
            kept.append({"start": found[0], "end": found[1], "quote": quote})
        s["spans"] = kept
    if dropped:
        warnings.warn(
            ArgmapWarning(
                "spans dropped: their quotes are not words of the text: " + "; ".join(dropped)
            ),
            stacklevel=3,
        )
