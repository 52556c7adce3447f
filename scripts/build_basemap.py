"""Build the dashboard's base map from Natural Earth's 1:110m country outlines (world-atlas TopoJSON).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/countries-110m.json

Writes src/shadowline/web/static/world-110m.json: one entry per country, its name and ISO 3166 numeric
code (as Natural Earth gives them) and its outline rings as [lon, lat] pairs rounded to 0.1 degree. The
dashboard draws it under the event places; nothing is fetched at run time. Natural Earth is in the public
domain; world-atlas is ISC-licensed (DATA_LICENSES.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "shadowline" / "web" / "static" / "world-110m.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Arcs in degrees: TopoJSON stores them quantised and delta-encoded."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring from its arcs (a negative index ~i is arc i reversed), rounded, repeats dropped."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def countries(topology: dict) -> list[dict]:
    """Each country's name, numeric code and outline rings (holes included, drawn even-odd)."""
    arcs = decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], [])
        rings = [r for polygon in polygons for r in (ring(ix, arcs) for ix in polygon) if len(r) >= 4]
        if rings:
            out.append({"name": geometry.get("properties", {}).get("name", ""), "id": geometry.get("id"),
                        "rings": rings})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("topojson", type=Path, help="countries-110m.json from the world-atlas npm package")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    shapes = countries(json.loads(args.topojson.read_text(encoding="utf-8")))
    data = {"source": "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
            "countries": shapes}
    args.out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({len(shapes)} countries, {args.out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
