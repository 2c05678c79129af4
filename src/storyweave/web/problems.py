"""Errors as RFC 9457 problem documents for API clients, and HTML error pages for browsers."""

from __future__ import annotations

from http import HTTPStatus

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from .render import render

#: RFC 9457 section 4.2.1: "about:blank" says the problem means no more than its HTTP status,
#: which is true of every problem this API reports (the title is the status phrase).
PROBLEM_TYPE = "about:blank"


def wants_json(request: Request) -> bool:
    """A '.json' path, or an Accept header that prefers JSON to HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "json" in accept and "text/html" not in accept


def wants_html_error(request: Request) -> bool:
    """Browsers (which ask for text/html) get an error page; every other client JSON."""
    return "text/html" in request.headers.get("accept", "") and not wants_json(request)


def problem(request: Request, status: int, detail: str, *, extra: dict | None = None) -> Response:
    title = HTTPStatus(status).phrase
    if not wants_html_error(request):
        body = {"type": PROBLEM_TYPE, "title": title, "status": status, "detail": detail,
                "instance": request.url.path, **(extra or {})}
        return JSONResponse(body, status_code=status, media_type="application/problem+json")
    page = render("error.html", status=status, title=title, detail=detail)
    return HTMLResponse(page, status_code=status)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"nothing at {request.url.path}; start from the stories list at /"
    response = problem(request, exc.status_code, detail)
    for k, v in (exc.headers or {}).items():
        response.headers[k] = v
    return response


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in exc.errors()
    ]
    detail = "; ".join(f"{e['where']}: {e['problem']}" for e in errors) or "invalid request"
    return problem(request, 422, detail, extra={"errors": errors})


async def on_unexpected(request: Request, exc: Exception) -> Response:
    return problem(request, 500, f"internal error ({type(exc).__name__}); see the server log")
