"""Abstractive mode against a fake OpenAI-compatible server on loopback (a real HTTP server)."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyweave.settings import SummarySettings
from storyweave.summary import summarize
from storyweave.summary.abstractive import UNSUPPORTED, parse
from storyweave.summary.llm import LLMError, OpenAIChat
from test_summary import EMB, FLOOD


class FakeLLM:
    """A loopback server answering /v1/chat/completions with a scripted reply."""

    def __init__(self) -> None:
        self.reply = ""
        self.status = 200
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append({"path": self.path, "body": body,
                                      "auth": self.headers.get("Authorization")})
                if fake.status == 200:
                    payload = {"choices": [{"message": {"role": "assistant",
                                                        "content": fake.reply}}]}
                else:
                    payload = {"error": {"message": "model overloaded"}}
                data = json.dumps(payload).encode()
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def fake():
    with FakeLLM() as server:
        yield server


def llm_summary(fake: FakeLLM, reply: str, unsupported: str = "drop", words: int = 80):
    fake.reply = reply
    settings = SummarySettings(words=words, llm_url=fake.url, llm_model="fake-1",
                               unsupported=unsupported)
    summary, _ = summarize(FLOOD, (), (), settings, embedder=EMB)
    return summary


GOOD = ("Heavy rain flooded Marrowby on Tuesday and about 400 residents left their homes "
        "[1][2]. The regional council opened two emergency shelters in Marrowby school halls "
        "[1][2][3].")
MADE_UP = "The mayor of Marrowby resigned after a bitter row over the budget [2]."


def test_supported_sentences_keep_their_citations_and_gain_others(fake, monkeypatch):
    monkeypatch.setenv("STORYWEAVE_LLM_KEY", "sk-test")
    summary = llm_summary(fake, GOOD)
    assert [s.text.split()[0] for s in summary] == ["Heavy", "The"]
    assert {c.article for c in summary[0].citations} == {FLOOD[0].id, FLOOD[1].id}
    assert {c.article for c in summary[1].citations} == {a.id for a in FLOOD}
    request = fake.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "fake-1"
    assert request["auth"] == "Bearer sk-test"
    evidence = request["body"]["messages"][-1]["content"]
    assert "[1]" in evidence and "shelters" in evidence


def test_unsupported_sentence_is_dropped(fake):
    summary = llm_summary(fake, GOOD + " " + MADE_UP)
    assert len(summary) == 2 and not any("mayor" in s.text for s in summary)


def test_unsupported_sentence_is_marked_when_asked(fake):
    summary = llm_summary(fake, GOOD + " " + MADE_UP, unsupported="mark")
    marked = [s for s in summary if "mayor" in s.text]
    assert len(marked) == 1 and marked[0].note == UNSUPPORTED
    assert all(s.note is None for s in summary if s is not marked[0])


def test_wrong_source_number_does_not_count_as_support(fake):
    reply = ("Engineers from the water board will inspect the old stone bridge on Thursday "
             "[1].")  # only sources 2 and 3 say so
    assert llm_summary(fake, reply) == ()
    reply = reply.replace("[1]", "[1][3]")
    (s,) = llm_summary(fake, reply)
    assert FLOOD[0].id not in {c.article for c in s.citations}
    assert FLOOD[2].id in {c.article for c in s.citations}


def test_word_budget_holds_for_generated_text(fake):
    summary = llm_summary(fake, GOOD, words=20)
    assert sum(len(s.text.split()) for s in summary) <= 20


def test_server_error_is_reported_clearly(fake):
    fake.status = 500
    with pytest.raises(LLMError, match=r"127\.0\.0\.1.*HTTP 500.*model overloaded"):
        llm_summary(fake, GOOD)


def test_unreachable_endpoint_is_reported_clearly():
    with socket.socket() as sock:  # a port nobody listens on once this closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    chat = OpenAIChat(f"http://127.0.0.1:{port}/v1", "fake-1", timeout_s=2)
    with pytest.raises(LLMError, match=f"127.0.0.1:{port}.*cannot reach"):
        chat.complete([{"role": "user", "content": "hello"}])
    chat.close()


def test_missing_model_name_is_a_clear_error():
    settings = SummarySettings(llm_url="http://127.0.0.1:9/v1")
    with pytest.raises(LLMError, match="no model name"):
        summarize(FLOOD, (), (), settings, embedder=EMB)


def test_unknown_unsupported_policy_is_a_settings_error():
    from storyweave.errors import SettingsError

    settings = SummarySettings(llm_url="http://127.0.0.1:9/v1", llm_model="m",
                               unsupported="keep")
    with pytest.raises(SettingsError, match="'keep'"):
        summarize(FLOOD, (), (), settings, embedder=EMB)


def test_default_path_never_calls_the_model(fake):
    summary, _ = summarize(FLOOD, (), (), SummarySettings(words=60), embedder=EMB)
    assert summary and fake.requests == []


def test_parse_handles_marker_placement():
    got = parse("Rain fell [1]. Shelters opened. [2][3] Roads closed [1, 3].")
    assert got == [("Rain fell.", (1,)), ("Shelters opened.", (2, 3)), ("Roads closed.", (1, 3))]
