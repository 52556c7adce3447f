"""Time the GDELT importer on synthetic GDELT 2.0 event rows; prints a table.

    PYTHONPATH=src python benchmarks/import_speed.py              # 1,000,000 rows
    PYTHONPATH=src python benchmarks/import_speed.py --rows 200000 --keep-store

Rows are written by this script in the 61-column layout (random dyads among 40 countries, CAMEO codes
drawn from the whole codebook with their leading zeros, a quarter with an empty actor, counts, places and
URLs) to a temporary ``.CSV``; the import runs into a fresh store, then once more to time a re-import
that adds nothing. Peak memory is the process's maximum resident set size; CPU seconds are this process's
own (all threads), which do not grow when other jobs share the machine as wall seconds do.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from shadowline.ontology import cameo_codes, cameo_event  # noqa: E402
from shadowline.ontology.gdelt import GDELT2_COLUMNS  # noqa: E402
from shadowline.store import Store  # noqa: E402
from shadowline.store.importers import import_files  # noqa: E402

COUNTRIES = ("RUS", "FRA", "AZE", "ARM", "TUR", "GRC", "CYP", "USA", "CHN", "IRN", "UKR", "MLI", "BFA", "NER",
             "DEU", "GBR", "ISR", "PSE", "SYR", "IRQ", "SAU", "ARE", "EGY", "LBY", "SDN", "ETH", "SOM", "KEN",
             "NGA", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "TWN", "VEN", "COL", "BRA", "MEX")
NAMES = {"RUS": "RUSSIA", "FRA": "FRANCE", "AZE": "AZERBAIJAN", "ARM": "ARMENIA", "TUR": "TURKEY",
         "USA": "UNITED STATES", "MLI": "MALI", "UKR": "UKRAINE", "CHN": "CHINA", "IRN": "IRAN"}
ROLES = ("GOV", "MIL", "COP", "REB", "MED", "BUS", "", "", "")
PLACES = (("4", "Paris, Ile-de-France, France", "FR", "FR11", "48.8667", "2.33333", "-1456928"),
          ("1", "Azerbaijan", "AJ", "AJ", "40.5", "47.5", "AJ"),
          ("4", "Bamako, Bamako, Mali", "ML", "ML08", "12.65", "-8", "-2460596"),
          ("3", "Washington, District of Columbia, United States", "US", "USDC", "38.8951", "-77.0364", "531871"))


def _geo(prefix: str, place: tuple[str, ...]) -> dict[str, str]:
    names = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
    return {f"{prefix}Geo_{name}": value for name, value in zip(names, place)} | {f"{prefix}Geo_ADM2Code": ""}


def synthetic_rows(n: int, seed: int = 13, first_id: int = 1_100_000_000) -> list[str]:
    """`n` tab-separated GDELT 2.0 lines with ids from `first_id`."""
    rng = random.Random(seed)
    codes = [c for c in cameo_codes() if len(c) >= 3]
    index = {name: i for i, name in enumerate(GDELT2_COLUMNS)}
    lines = []
    for i in range(n):
        row = [""] * len(GDELT2_COLUMNS)
        code = rng.choice(codes)
        event = cameo_event(code)
        a, b = rng.sample(COUNTRIES, 2)
        day = f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        values = {"GLOBALEVENTID": str(first_id + i), "SQLDATE": day, "MonthYear": day[:6], "Year": day[:4],
                  "FractionDate": "2024.5", "IsRootEvent": str(rng.randint(0, 1)), "EventCode": code,
                  "EventBaseCode": code[:3], "EventRootCode": code[:2],
                  "QuadClass": str(event.quad_class if event else 1),
                  "GoldsteinScale": str(event.goldstein if event else 0), "NumMentions": str(rng.randint(1, 40)),
                  "NumSources": str(rng.randint(1, 5)), "NumArticles": str(rng.randint(1, 40)),
                  "AvgTone": f"{rng.uniform(-10, 5):.6f}", "DATEADDED": day + "151500",
                  "SOURCEURL": f"https://news.example.org/{day}/world/story-{i % 50_000}.html"}
        for prefix in ("Actor1", "Actor2", "Action"):
            values |= _geo(prefix, rng.choice(PLACES))
        for n_actor, country in ((1, a), (2, b)):
            if rng.random() < 0.25:
                continue
            role = rng.choice(ROLES)
            values |= {f"Actor{n_actor}Code": country + role, f"Actor{n_actor}Name": NAMES.get(country, country),
                       f"Actor{n_actor}CountryCode": country, f"Actor{n_actor}Type1Code": role}
        for name, value in values.items():
            row[index[name]] = value
        lines.append("\t".join(row))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep-store", action="store_true", help="Leave the store in the temp folder.")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shadowline-import-"))
    path = folder / "20240517151500.export.CSV"
    started = time.perf_counter()
    with open(path, "w", encoding="utf-8") as out:
        for start in range(0, args.rows, 100_000):
            out.write("\n".join(synthetic_rows(min(100_000, args.rows - start), seed=start,
                                               first_id=1_100_000_000 + start)) + "\n")
    written = time.perf_counter() - started
    timings = []
    with Store(folder / "bench.duckdb") as store:
        for label in ("import", "re-import"):
            started, cpu = time.perf_counter(), time.process_time()
            summary = import_files(store, "gdelt", [path])
            timings.append((label, time.perf_counter() - started, time.process_time() - cpu,
                            summary.events_written))
        stored = store.count_events()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = path.stat().st_size / 1e6
    print(f"GDELT 2.0 import: {args.rows:,} synthetic rows, {size_mb:,.0f} MB file (written in {written:.1f} s)")
    print(f"{'run':<10} {'seconds':>8} {'CPU s':>7} {'rows/s':>10} {'new events':>11}")
    for label, seconds, cpu, new in timings:
        print(f"{label:<10} {seconds:>8.1f} {cpu:>7.1f} {args.rows / seconds:>10,.0f} {new:>11,}")
    print("(CPU s: this process's CPU time, all DuckDB threads; wall seconds grow when other jobs share the cores)")
    print(f"events in store: {stored:,}; peak memory {peak_mb:,.0f} MB")
    if not args.keep_store:
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()
    else:
        print(f"store kept: {folder / 'bench.duckdb'}")


if __name__ == "__main__":
    main()
