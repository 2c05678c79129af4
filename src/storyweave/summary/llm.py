"""The LLM seam: a chat model behind a Protocol, and a client for OpenAI-compatible endpoints."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..errors import SettingsError, StoryweaveError
from ..settings import SummarySettings


class LLMError(StoryweaveError):
    """The language model endpoint could not be reached or gave no usable answer."""


@runtime_checkable
class ChatModel(Protocol):
    """Anything that answers a list of chat messages with the assistant's text."""

    def complete(self, messages: Sequence[dict[str, str]]) -> str: ...


class OpenAIChat:
    """``POST {url}/chat/completions`` on any OpenAI-compatible server (httpx)."""

    def __init__(self, url: str, model: str, *, api_key: str | None = None,
                 timeout_s: float = 60.0, transport: object | None = None) -> None:
        import httpx

        base = url.rstrip("/")
        self.url = base if base.endswith("/chat/completions") else base + "/chat/completions"
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout_s, headers=headers,
                                    transport=transport)  # type: ignore[arg-type]

    def complete(self, messages: Sequence[dict[str, str]]) -> str:
        import httpx

        body = {"model": self.model, "messages": list(messages), "temperature": 0}
        try:
            response = self._client.post(self.url, json=body)
        except httpx.HTTPError as exc:
            raise LLMError(f"{self.url}: cannot reach the LLM endpoint ({exc})") from exc
        if response.status_code != 200:
            raise LLMError(f"{self.url}: the LLM endpoint answered HTTP {response.status_code}: "
                           f"{response.text[:200].strip()}")
        try:
            return str(response.json()["choices"][0]["message"]["content"])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"{self.url}: the LLM endpoint's answer is not a chat completion "
                           f"({exc.__class__.__name__}: {exc})") from exc

    def close(self) -> None:
        self._client.close()


def client_for(settings: SummarySettings) -> OpenAIChat:
    """A client for ``settings.llm_url``; the API key comes from ``settings.llm_key_env``."""
    if not settings.llm_url:
        raise LLMError("no LLM endpoint set (--llm URL or [summary] llm_url)")
    if not settings.llm_model:
        raise LLMError(f"{settings.llm_url}: no model name given (--model NAME)")
    if settings.unsupported not in ("drop", "mark"):
        raise SettingsError(f"[summary] unsupported = {settings.unsupported!r}: use 'drop' or "
                            "'mark'")
    return OpenAIChat(settings.llm_url, settings.llm_model,
                      api_key=os.environ.get(settings.llm_key_env) or None,
                      timeout_s=settings.llm_timeout_s)
