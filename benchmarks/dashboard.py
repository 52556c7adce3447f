"""Dashboard benchmark: first paint and time to all panels filled, on the demo store, in headless Chromium.

Codes the bundled example corpus into a temporary store (what ``shadowline demo`` stores), serves it with
uvicorn on 127.0.0.1, loads the dashboard N times in Debian's headless Chromium (selenium) and prints
a table. Target: first paint < 2 s.

Run: ``PYTHONPATH=src python benchmarks/dashboard.py [--loads 5] [--screenshot dashboard.png]``
(needs ``apt-get install chromium chromium-driver`` and the [test] extra for selenium)
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from pathlib import Path

TARGET_MS = 2000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, default=None, help="Save the last load as a PNG.")
    args = parser.parse_args()

    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    import shadowline as sl
    from shadowline.examples import example_documents
    from shadowline.web.app import LOOPBACK_HOSTS, create_app

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.duckdb"
        with sl.Store(db) as store:
            report = store.ingest(example_documents())
        server = uvicorn.Server(uvicorn.Config(create_app(db, allowed_hosts=LOOPBACK_HOSTS), host="127.0.0.1",
                                               port=0, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}/"

        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2400"):
            options.add_argument(argument)
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(
            executable_path=shutil.which("chromedriver") or "chromedriver"))
        rows = []
        try:
            for _ in range(args.loads):
                start = time.perf_counter()
                driver.get(url)
                WebDriverWait(driver, 60).until(
                    lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))
                ready = (time.perf_counter() - start) * 1000
                paint = driver.execute_script(
                    "return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")
                rows.append((paint, ready))
            if args.screenshot:
                driver.save_screenshot(str(args.screenshot))
        finally:
            driver.quit()
            server.should_exit = True
            thread.join(timeout=10)

    print(f"demo store: {report.documents_written} documents, {report.events_written} events\n")
    print(f"{'load':>4}  {'first paint ms':>14}  {'all panels ms':>13}")
    for i, (paint, ready) in enumerate(rows, 1):
        print(f"{i:>4}  {paint:>14.0f}  {ready:>13.0f}")
    worst = max(p for p, _ in rows)
    print(f"\nworst first paint {worst:.0f} ms: {'ok' if worst < TARGET_MS else 'over'} (target < {TARGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()
