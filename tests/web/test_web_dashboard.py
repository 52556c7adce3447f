"""The dashboard in headless Chromium (Debian's chromium and chromium-driver, driven by selenium) against a
real server: the network draws, a filter changes the event table, the domino form answers, article text
stays text, and the browser logs no error."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the [test] extra")
from live_server import LiveServer, start_server  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver "
                       "(apt-get install -y chromium chromium-driver; .ci/run installs them)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1800"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store `shadowline demo` builds: the bundled example corpus, coded."""
    import shadowline as sl
    from shadowline.examples import example_documents

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with sl.Store(path) as store:
        store.ingest(example_documents())
    return path


@pytest.fixture(scope="module")
def demo_server(demo_store: Path) -> Iterator[LiveServer]:
    yield from start_server(demo_store)


def open_dashboard(driver: webdriver.Chrome, url: str) -> None:
    driver.get_log("browser")  # forget what earlier pages logged
    driver.get(url + "/")
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))


def rows(driver: webdriver.Chrome) -> list[str]:
    # read in one step in the page: the table may be redrawn between a find and a read
    return driver.execute_script("return [...document.querySelectorAll('#events tbody tr')].map(r => r.innerText)")


def severe_logs(driver: webdriver.Chrome) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.mark.model
def test_dashboard_on_the_demo_store(browser: webdriver.Chrome, demo_server: LiveServer) -> None:
    open_dashboard(browser, demo_server.url)
    assert "ready" in browser.find_element(By.ID, "status").text

    # the network draws, actors coloured by bloc
    nodes = browser.find_elements(By.CSS_SELECTOR, "#network .node")
    assert len(nodes) >= 8 and len(browser.find_elements(By.CSS_SELECTOR, "#network line")) >= 8
    fills = {n.find_element(By.TAG_NAME, "circle").get_attribute("fill") for n in nodes}
    assert len(fills) >= 2
    assert browser.find_elements(By.CSS_SELECTOR, "#blocs span[data-bloc]")

    # a filter changes the table: only ACCUSE events remain
    before = rows(browser)
    Select(browser.find_element(By.CSS_SELECTOR, "#event-filters select[name=type]")).select_by_visible_text("ACCUSE")
    browser.find_element(By.CSS_SELECTOR, "#event-filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: rows(d) != before)
    after = rows(browser)
    assert after and all("ACCUSE" in row for row in after)
    assert browser.find_elements(By.CSS_SELECTOR, "#events mark.source")

    # clicking an actor lists its events
    france = browser.find_element(By.CSS_SELECTOR, '#network .node[data-actor="FRA"]')
    france.click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#event-filters input[name=actor]").get_attribute("value") == "FRA")
    WebDriverWait(browser, 10).until(lambda d: rows(d) and all("FRA" in row for row in rows(d)))

    # the dyad timeline shows the events behind a point
    browser.find_element(By.CSS_SELECTOR, "#timeline rect.hit").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#point-events li"))

    # the domino form returns a result
    form = browser.find_element(By.ID, "domino-form")
    Select(form.find_element(By.NAME, "source")).select_by_visible_text("FRA")
    Select(form.find_element(By.NAME, "target")).select_by_visible_text("AZE")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#domino tbody tr[data-actor]"))
    assert "%" in browser.find_element(By.CSS_SELECTOR, "#domino tbody tr[data-actor]").text

    assert browser.find_elements(By.CSS_SELECTOR, "#map circle")
    # the base map is the package's own Natural Earth outlines: France is drawn where Paris's point is
    assert browser.find_elements(By.CSS_SELECTOR, "#map path.land[data-country='France']")
    assert browser.find_elements(By.CSS_SELECTOR, "#shadow tbody tr")
    assert severe_logs(browser) == []


def test_article_text_is_shown_as_text(browser: webdriver.Chrome, world_store: Path) -> None:
    server = start_server(world_store)
    live = next(server)
    try:
        open_dashboard(browser, live.url)
        assert "<b>(0)</b>" in browser.find_element(By.CSS_SELECTOR, "#events tbody").text
        assert not browser.find_elements(By.CSS_SELECTOR, "#events tbody b")
        assert severe_logs(browser) == []
    finally:
        server.close()
