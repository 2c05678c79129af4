"""End to end in headless Chromium (Debian's package, driven by Playwright): citations open
their highlighted span, compare pairs passages, removed text toggles without JavaScript,
hostile text never runs, and an article added through the form joins a story.

Screenshots go to out/screenshots/ (look at them)."""

from __future__ import annotations

import html as htmllib
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyweave.model import Analysis
from storyweave.report import write_report
from test_web_fixtures import LiveServer, build_articles, build_store, build_story

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "out" / "screenshots"
EXAMPLES = REPO / "examples" / "corpus"

if CHROMIUM is None:
    pytest.skip("chromium not installed (apt-get install chromium, or "
                "scripts/ensure-browser.sh)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    db = tmp_path_factory.mktemp("browser") / "b.db"
    made = build_store(db)
    with LiveServer(db) as server:
        yield server.url, made


@pytest.fixture()
def page(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield p
    context.close()
    assert dialogs == [], f"a page opened a dialog: {dialogs}"


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_citation_opens_its_span_highlighted(site, page) -> None:
    url, made = site
    page.goto(f"{url}/stories/{made['story'].id}")
    shot(page, "story")
    chip = page.locator("ol.summary a.chip").first
    article_id = chip.get_attribute("data-article")
    start, end = (int(x) for x in chip.get_attribute("data-span").split("-"))
    chip.click()
    page.wait_for_url(f"**/articles/{article_id}?hl={start}-{end}#span-{start}-{end}")
    marked = "".join(page.locator(".article-body mark").all_inner_texts())
    text = httpx.get(f"{url}/articles/{article_id}.json").json()["text"]
    assert marked == text[start:end]
    assert page.locator(".article-body mark").first.is_visible()
    shot(page, "article-highlight")


def test_compare_pairs_passages_across_panes(site, page) -> None:
    url, made = site
    page.goto(f"{url}/stories/{made['story'].id}")
    page.locator("ul.pairs a").first.click()
    page.wait_for_url("**/compare?**")
    left = page.locator("#pane-left .pair").first
    left.click()
    group = left.get_attribute("data-g")
    partner = page.locator(f'#pane-right .pair[data-g~="{group}"]').first
    assert "active" in (partner.get_attribute("class") or "")
    assert left.inner_text().strip() == partner.inner_text().strip()  # a verbatim copy
    shot(page, "compare")


def test_reading_works_without_javascript(browser, site) -> None:
    url, made = site
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1000,
                                                                       "height": 800})
    page = context.new_page()
    page.goto(f"{url}/stories/{made['story'].id}")
    assert page.locator("ol.summary li").count() == len(made["story"].summary)
    page.goto(f"{url}/articles/{made['articles']['original'].id}")
    comments = page.locator(".removed.kind-comments")
    assert not comments.is_visible()
    page.locator("#show-comments").check()  # pure CSS toggle
    assert comments.is_visible()
    assert not page.locator(".removed.kind-caption").is_visible()
    shot(page, "article-removed-shown-nojs")
    context.close()


def test_hostile_text_never_runs(site, page, tmp_path: Path) -> None:
    url, made = site
    evil = made["articles"]["evil"]
    for path in (f"/articles/{evil.id}", f"/stories/{made['evil_story'].id}",
                 f"/compare?a={evil.id}&b={made['articles']['own'].id}", "/?q=picture"):
        page.goto(url + path)
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("img").count() == 0, path
    page.goto(f"{url}/articles/{evil.id}")
    assert "<script>window.__pwned = 1</script>" in page.locator(".article-body").inner_text()
    shot(page, "hostile-article")
    report = tmp_path / "evil.html"
    arts = build_articles()
    write_report(Analysis(articles=(arts["evil"],), stories=(made["evil_story"],)), report)
    page.goto(report.as_uri())
    assert page.evaluate("window.__pwned") is None


def test_report_citation_lights_the_whole_span(page, tmp_path: Path) -> None:
    arts = build_articles()
    story = build_story(arts)
    report = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(story,)), report)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(report.as_uri())
    cite = story.summary[0].citations[1]
    page.locator(f'a.chip[href="#a-{cite.article}-{cite.span[0]}-{cite.span[1]}"]').click()
    lit = "".join(page.locator(f"#a-{cite.article} .hl-on").all_inner_texts())
    assert lit == {a.id: a for a in arts.values()}[cite.article].span_text(cite.span)
    assert errors == []  # the inline style and script pass the report's own CSP
    shot(page, "report-citation")


def test_phone_width_has_no_sideways_scroll(browser, site) -> None:
    url, made = site
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True)
    page = context.new_page()
    for name, path in (("story-phone", f"/stories/{made['story'].id}"), ("list-phone", "/"),
                       ("article-phone", f"/articles/{made['articles']['own'].id}")):
        page.goto(url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path}: page is {width}px wide on a 390px screen"
        shot(page, name)
    context.close()


def test_keyboard_skip_link_and_focus(site, page) -> None:
    url, made = site
    page.goto(f"{url}/stories/{made['story'].id}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


# -- the example corpus, through the real pipeline ------------------------------------------
@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not EXAMPLES.is_dir():
        pytest.skip(f"example corpus not at {EXAMPLES}")
    from storyweave import pipeline
    from storyweave.settings import Settings
    from storyweave.store import Store

    db = tmp_path_factory.mktemp("examples") / "ex.db"
    settings = Settings()
    with Store(db) as store:
        articles, _, _ = pipeline.read_and_clean([EXAMPLES], settings)
        pipeline.update_stories(store, store.add_articles(articles), settings)
    with LiveServer(db) as server:
        yield server.url


def test_example_story_page_and_adding_an_article(example_site, page) -> None:
    url = example_site
    stories = httpx.get(f"{url}/stories.json").json()["stories"]
    biggest = stories[0]
    page.goto(f"{url}/stories/{biggest['id']}")
    shot(page, "example-story")
    story = httpx.get(f"{url}/stories/{biggest['id']}.json").json()
    assert page.locator(".account .art-link").count() == len(story["articles"])
    if story["summary"]:
        chip = page.locator("ol.summary a.chip").first
        aid = chip.get_attribute("data-article")
        start, end = (int(x) for x in chip.get_attribute("data-span").split("-"))
        chip.click()
        page.wait_for_url(f"**/articles/{aid}?hl=**")
        text = httpx.get(f"{url}/articles/{aid}.json").json()["text"]
        assert "".join(page.locator(".article-body mark").all_inner_texts()) == text[start:end]
    # add a lightly edited copy of the story's first article through the form
    source = httpx.get(f"{url}/articles/{story['articles'][0]}.json").json()
    pasted = (source["title"] or "") + "\n\n" + source["text"].replace(".", ". Indeed,", 1)
    page.goto(f"{url}/add")
    page.fill("#text", pasted)
    page.click("form#add-form button[type=submit]")
    page.wait_for_url("**/jobs/**")
    page.wait_for_selector("#job[data-state=done], #job[data-state=failed]", timeout=240_000)
    shot(page, "example-job-done")
    assert page.get_attribute("#job", "data-state") == "done"
    job = httpx.get(f"{url}/jobs/{page.get_attribute('#job', 'data-job')}.json").json()
    (new_id,) = job["added"]
    page.locator("a.story-result").first.click()
    page.wait_for_url("**/stories/**")
    joined = httpx.get(page.url + ".json").json()
    assert new_id in joined["articles"]
    assert page.locator(f'.account a.art-link[href="/articles/{new_id}"]').count() == 1
    if biggest["articles"] > 1:  # the stories stage groups: the copy joins its original
        assert source["id"] in joined["articles"] and len(joined["articles"]) > len(
            story["articles"]), "the pasted copy should join the story of the article it copies"
    assert htmllib.unescape(joined["title"]) in page.inner_text("h1")
    shot(page, "example-story-after-add")


def test_compare_any_two_articles_from_the_story_page(site, page) -> None:
    url, made = site
    arts = made["articles"]
    page.goto(f"{url}/stories/{made['story'].id}")
    form = page.locator("form.compare-form")
    form.locator("select[name=a]").select_option(arts["own"].id)
    form.locator("select[name=b]").select_option(arts["original"].id)
    form.locator("button").click()
    page.wait_for_url("**/compare?**")
    assert arts["own"].title in page.inner_text("#pane-left .pane-head")
    assert arts["original"].title in page.inner_text("#pane-right .pane-head")


def test_sort_applies_on_change(site, page) -> None:
    url, made = site
    page.goto(url + "/")
    page.select_option("#sort", "recent")
    page.wait_for_url("**sort=recent**")
    first = page.locator("a.story-link").first.get_attribute("href")
    assert first == f"/stories/{made['evil_story'].id}"  # published last


def test_compare_panes_scroll_together(example_site, page) -> None:
    url = example_site
    story = httpx.get(f"{url}/stories.json").json()["stories"][0]
    data = httpx.get(f"{url}/stories/{story['id']}.json").json()
    ids = set(data["articles"])
    edges = [(e["source"], e["target"]) for e in data["provenance"]
             if e["source"] in ids and e["target"] in ids]
    if not edges:
        pytest.skip("no provenance edge between two example articles to compare")
    best = max(edges, key=lambda p: len(httpx.get(f"{url}/compare.json", params={
        "a": p[0], "b": p[1]}).json()["passages"]))
    page.set_viewport_size({"width": 1100, "height": 600})
    page.goto(f"{url}/compare?a={best[0]}&b={best[1]}")
    left = page.locator("#pane-left .pane-body")
    pairs = page.locator("#pane-left .pair")
    if pairs.count() < 2 or left.evaluate("e => e.scrollHeight <= e.clientHeight"):
        pytest.skip("no pair of example articles long enough to scroll with shared passages")
    last = pairs.nth(pairs.count() - 1)
    group = last.get_attribute("data-g").split()[0]
    left.evaluate("(e, el) => { e.scrollTop = el.offsetTop - e.offsetTop - 10; }",
                  last.element_handle())
    page.wait_for_timeout(400)
    mate = page.locator(f'#pane-right .pair[data-g~="{group}"]').first
    right_box = page.locator("#pane-right .pane-body").bounding_box()
    mate_box = mate.bounding_box()
    assert right_box["y"] <= mate_box["y"] + mate_box["height"] and mate_box["y"] <= (
        right_box["y"] + right_box["height"]), "the partner passage scrolled into view"
    shot(page, "example-compare-scrolled")
