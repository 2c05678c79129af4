"""Adding articles from the browser or the API: paste text, upload files or give URLs; a
background job does the work and its page shows progress until the stories are updated."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from .app import store_of
from .jobs import ALLOWED_SUFFIXES, Job, JobsBusy, Upload
from .pages import LINKS, respond
from .problems import wants_json

router = APIRouter()
_LABEL = re.compile(r"[^\w .,()+-]")

Text = Annotated[str, Form(max_length=2_000_000, description="Pasted article text")]
Urls = Annotated[str, Form(max_length=50_000, description="URLs, one a line")]
Files = Annotated[list[UploadFile] | None, File(description="Article files (.txt .md .html "
                                                   ".htm .json .jsonl)")]


@router.get("/add.json", tags=["api"], summary="What 'add articles' accepts (JSON)")
@router.get("/add", response_class=HTMLResponse, tags=["pages"],
            summary="The 'add articles' form")
def add_form(request: Request) -> Response:
    limits = request.app.state.settings.web
    data = {"post": "/add.json", "fields": {"text": "pasted article text",
            "files": "article files", "urls": "page or feed URLs, one a line"},
            "file_types": list(ALLOWED_SUFFIXES), "max_upload_mb": limits.max_upload_mb,
            "max_files": limits.max_files, "max_urls": limits.max_urls}
    return respond(request, "add.html", {"limits": limits, "suffixes": ALLOWED_SUFFIXES}, data)


@router.post("/add.json", tags=["api"], status_code=202, summary="Add articles (JSON)")
@router.post("/add", tags=["pages"], summary="Add articles: starts a background job",
             responses={303: {"description": "Browsers go to the job's page"}})
async def add_articles(
    request: Request, text: Text = "", urls: Urls = "", files: Files = None
) -> Response:
    limits = request.app.state.settings.web
    uploads = [Upload(label="pasted text", data=text.encode("utf-8"))] if text.strip() else []
    chosen = [f for f in files or () if f.filename]
    if len(chosen) > limits.max_files:
        raise HTTPException(413, f"{len(chosen)} files: at most {limits.max_files} per request")
    for f in chosen:
        uploads.append(await _upload(f))
    uploads += _url_uploads(urls, limits.max_urls)
    if not uploads:
        raise HTTPException(422, "nothing to add: paste text, choose files or give URLs")
    try:
        job = request.app.state.jobs.submit(uploads)
    except JobsBusy as exc:
        raise HTTPException(503, str(exc), headers={"Retry-After": "60"}) from None
    if wants_json(request):
        return JSONResponse(_job_data(job), status_code=202,
                            headers={"Location": f"/jobs/{job.id}.json"})
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


async def _upload(f: UploadFile) -> Upload:
    name = PurePath((f.filename or "upload").replace("\\", "/")).name
    label = _LABEL.sub("_", name)[:120] or "upload"
    suffix = PurePath(label).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(
            415, f"{label}: unsupported file type; use one of {', '.join(ALLOWED_SUFFIXES)}"
        )
    return Upload(label=label, data=await f.read(), suffix=suffix)


def _url_uploads(urls: str, limit: int) -> list[Upload]:
    items = [u.strip() for u in urls.splitlines() if u.strip()]
    if len(items) > limit:
        raise HTTPException(413, f"{len(items)} URLs: at most {limit} per request")
    for u in items:
        if not re.match(r"https?://[^\s/]+", u, re.I):
            raise HTTPException(422, f"{u[:200]}: not an http(s) URL")
    return [Upload(label=u, url=u) for u in items]


@router.get("/jobs/{job_id}", response_class=HTMLResponse, tags=["pages"],
            summary="An 'add articles' job")
@router.get("/jobs/{job_id}.json", tags=["api"], summary="An 'add articles' job (JSON)")
def job_page(request: Request, job_id: str) -> Response:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job with id '{job_id}' (the last 200 jobs are kept; "
                                 "start from /add)")
    titles = {}
    for sid in job.stories:
        try:
            titles[sid] = store_of(request).story(sid).title
        except KeyError:  # regrouped since the job ended
            titles[sid] = sid
    data = _job_data(job)
    return respond(request, "job.html", {"job": job, "data": data, "titles": titles}, data)


def _job_data(job: Job) -> dict:
    data = job.as_dict()
    data["finished"] = job.state in ("done", "failed")
    data["href"] = f"/jobs/{job.id}"
    data["story_links"] = [LINKS.story(s) for s in job.stories]
    return data
