"""The OpenAI-compatible extractor against a local HTTP server on loopback."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import argmap
from argmap.drafting.heuristic import HeuristicExtractor
from argmap.drafting.llm import ChatExtractor
from argmap.errors import ArgmapWarning, ExtractorError
from argmap.model import ArgumentMap

TEXT = "Critics say the tram is too slow. But it carries 40,000 people a day. We must keep it."

GOOD_MAP = {
    "statements": [
        {
            "id": "T1",
            "kind": "thesis",
            "text": "Keep the tram",
            "spans": [{"start": 0, "end": 5, "quote": "We must keep it"}],  # offsets wrong
            "confidence": 0.9,
            "cue": "We must",
        },
        {
            "id": "CC1",
            "kind": "counterclaim",
            "text": "The tram is too slow",
            "spans": [{"start": 0, "end": 33, "quote": "Critics say the tram is too slow."}],
            "attributed_to": "critics",
        },
        {
            "id": "E1",
            "kind": "evidence",
            "text": "It carries many people",
            "evidence_type": "statistic",
            "spans": [{"start": 40, "end": 50, "quote": "words that are not in the text"}],
        },
    ],
    "inferences": [
        {"id": "I1", "premises": ["CC1"], "conclusion": "T1", "polarity": "attack"},
        {"id": "I2", "premises": ["E1"], "conclusion": "T1"},
    ],
}


def _completion(content: str | None, **message: Any) -> dict[str, Any]:
    return {
        "id": "x",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "finish_reason": message.pop("finish_reason", "stop"),
                "message": {"role": "assistant", "content": content, **message},
            }
        ],
    }


class _Server:
    """A loopback server that records requests and plays back set answers."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.body: bytes = b"{}"
        self.delay = 0.0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                server.requests.append(
                    {
                        "path": self.path,
                        "headers": dict(self.headers),
                        "json": json.loads(self.rfile.read(length)),
                    }
                )
                if server.delay:
                    time.sleep(server.delay)
                self.send_response(server.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def answer(self, payload: Any, status: int = 200) -> None:
        self.status = status
        self.body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server() -> Iterator[_Server]:
    s = _Server()
    yield s
    s.close()


def _extractor(server: _Server, **kw: Any) -> ChatExtractor:
    return ChatExtractor(base_url=server.base_url, model="test-model", api_key="sk-test", **kw)


def test_request_carries_model_text_and_the_map_schema(server: _Server) -> None:
    server.answer(_completion(json.dumps(GOOD_MAP)))
    with pytest.warns(ArgmapWarning):
        argmap.draft(TEXT, extractor=_extractor(server))
    [req] = server.requests
    assert req["path"] == "/v1/chat/completions"
    assert req["headers"]["Authorization"] == "Bearer sk-test"
    body = req["json"]
    assert body["model"] == "test-model"
    assert body["temperature"] == 0.0
    assert TEXT in body["messages"][-1]["content"]
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["schema"] == ArgumentMap.model_json_schema()


def test_good_answer_is_validated_and_reanchored(server: _Server) -> None:
    server.answer(_completion(json.dumps(GOOD_MAP)))
    with pytest.warns(ArgmapWarning, match="E1: 'words that are not in the text'"):
        m = argmap.draft(TEXT, extractor=_extractor(server))
    thesis = m.statement("T1")
    [span] = thesis.spans
    assert TEXT[span.start : span.end] == "We must keep it"
    assert m.statement("E1").spans == []
    assert m.statement("CC1").attributed_to == "critics"
    assert m.source.text == TEXT
    assert "test-model" in str(m.meta["drafted_by"])


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (_completion("this is not json {"), "not valid JSON"),
        (_completion("[1, 2]"), "not a JSON object"),
        (_completion(None), "answer is empty"),
        ({"choices": []}, "no choices"),
        (b"<html>oops</html>", "answer is not JSON"),
        (
            _completion(json.dumps({"statements": [{"id": "T1", "kind": "thesis"}]})),
            "map is not valid",
        ),
        (
            _completion(
                json.dumps(
                    {
                        "statements": [{"id": "T1", "kind": "thesis", "text": "x"}],
                        "inferences": [{"id": "I1", "premises": ["Z9"], "conclusion": "T1"}],
                    }
                )
            ),
            "unknown premise 'Z9'",
        ),
    ],
)
def test_malformed_answers_are_extractor_errors(
    server: _Server, payload: Any, message: str
) -> None:
    server.answer(payload)
    with pytest.raises(ExtractorError, match=message):
        argmap.draft(TEXT, extractor=_extractor(server))


def test_refusals_are_extractor_errors(server: _Server) -> None:
    server.answer(_completion(None, refusal="I can't help with that."))
    with pytest.raises(ExtractorError, match="refused to map the text: I can't help"):
        argmap.draft(TEXT, extractor=_extractor(server))
    server.answer(_completion("", finish_reason="content_filter"))
    with pytest.raises(ExtractorError, match="refused"):
        argmap.draft(TEXT, extractor=_extractor(server))


def test_http_errors_name_the_status(server: _Server) -> None:
    server.answer({"error": {"message": "model overloaded"}}, status=503)
    with pytest.raises(ExtractorError, match=r"HTTP 503.*model overloaded"):
        argmap.draft(TEXT, extractor=_extractor(server))


def test_timeouts_are_extractor_errors(server: _Server) -> None:
    server.delay = 1.0
    server.answer(_completion(json.dumps(GOOD_MAP)))
    with pytest.raises(ExtractorError, match=r"no answer within 0\.2 s"):
        argmap.draft(TEXT, extractor=_extractor(server, timeout=0.2))


def test_unreachable_endpoint_is_an_extractor_error() -> None:
    ex = ChatExtractor(base_url="http://127.0.0.1:9/v1", model="m", timeout=2)
    with pytest.raises(ExtractorError, match="cannot reach the endpoint"):
        argmap.draft(TEXT, extractor=ex)


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGMAP_LLM_BASE_URL", "http://127.0.0.1:1234/v1/")
    monkeypatch.setenv("ARGMAP_LLM_MODEL", "env-model")
    monkeypatch.delenv("ARGMAP_LLM_API_KEY", raising=False)
    ex = ChatExtractor()
    assert ex.url == "http://127.0.0.1:1234/v1/chat/completions"
    assert ex.model == "env-model" and ex.api_key is None


def test_missing_settings_are_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARGMAP_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("ARGMAP_LLM_MODEL", raising=False)
    with pytest.raises(ExtractorError, match="ARGMAP_LLM_BASE_URL"):
        argmap.draft(TEXT, extractor=ChatExtractor(model="m"))
    with pytest.raises(ExtractorError, match="ARGMAP_LLM_MODEL"):
        argmap.draft(TEXT, extractor=ChatExtractor(base_url="http://127.0.0.1:9"))


def test_refine_sends_the_heuristic_draft(server: _Server) -> None:
    server.answer(_completion(json.dumps(GOOD_MAP)))
    with pytest.warns(ArgmapWarning):
        argmap.draft(TEXT, extractor=_extractor(server, refine=HeuristicExtractor()))
    content = server.requests[0]["json"]["messages"][-1]["content"]
    draft = json.loads(content.split("A first draft to correct and complete:\n", 1)[1])
    assert draft["statements"][0]["cue"]
    assert any(s["kind"] == "counterclaim" for s in draft["statements"])


def test_cli_llm_extractor_uses_the_endpoint(
    server: _Server, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from argmap.cli import main

    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    payload = json.loads(json.dumps(GOOD_MAP))
    payload["statements"] = payload["statements"][:2]
    payload["inferences"] = payload["inferences"][:1]
    server.answer(_completion(json.dumps(payload)))
    code = main(
        [
            "draft",
            str(path),
            "--extractor",
            "llm",
            "--model",
            "cli-model",
            "--base-url",
            server.base_url,
        ]
    )
    assert code == 0
    assert server.requests[0]["json"]["model"] == "cli-model"
    assert (
        argmap.loads(capsys.readouterr().out, format="yaml").statement("CC1").kind == "counterclaim"
    )
