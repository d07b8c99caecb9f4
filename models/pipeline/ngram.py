"""Recipe 3 of issue 11 (an experiment, not on the shipped path): a hashed character n-gram
logistic model trained on the same rows as build.py, alone and blended with the encoder's head
scores, measured the way `threadlens eval --unseen` measures the shipped model.

    SOURCES2=1 python3 models/pipeline/ngram.py train --exclude-group N1 --out models/work/mini2-N1/ngram.pt
    node bin/threadlens.js classify --model DIR models/work/mini2-N1/unseen-N1.csv > enc-unseen.jsonl
    node bin/threadlens.js classify --model DIR models/work/calibration.csv > enc-pick.jsonl
    python3 models/pipeline/ngram.py eval --ngram models/work/mini2-N1/ngram.pt --model DIR \\
        --unseen models/work/mini2-N1/unseen-N1.csv --encoder-scores enc-unseen.jsonl --pick-scores enc-pick.jsonl

(`ngram.py calibration --out FILE.csv` writes the threshold-picking texts for the second
`classify`.) The encoder's scores come from the int8 model in Node, language gate included, so the
rows scored and the encoder-only figures are exactly those of `threadlens eval --unseen`; the
`eval` step prints the encoder-only table again as a check of this script's metric code.

Why it might help: a character n-gram model sees spelling, punctuation and function-word habits
that a from-scratch 8k-WordPiece encoder may not; blending two differently-biased models usually
generalises better than either. Why it might not: n-grams fingerprint a source's style as readily
as an encoder does. Markers (`http`, `@user`) are removed from every text, at training and at
scoring, so they cannot stand in for a source here at all.
"""

import argparse
import csv
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
import build  # noqa: E402  (its SEED: the same rows, caps and MBIB-stripped share as the encoder)
import data as data_mod  # noqa: E402
import train as train_mod  # noqa: E402
from normalize import normalize  # noqa: E402
import char_ngrams  # noqa: E402

BUCKETS = char_ngrams.BUCKETS
ORDERS = char_ngrams.ORDERS
EPOCHS = 3
BATCH = 256
LR = 0.05
SEED = 20261202
LABELS = data_mod.LABELS
csv.field_size_limit(10**9)
bare = char_ngrams.bare


def featurise(texts, chunk=20000):
    """CSR arrays (indptr, buckets, values) of hashed character n-grams, each row scaled to unit
    length (counts of repeated n-grams add up): char_ngrams.features, vectorised."""
    parts = [_featurise(texts[i : i + chunk]) for i in range(0, len(texts), chunk)]
    if not parts:
        return np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    offsets = np.cumsum([0] + [p[0][-1] for p in parts[:-1]])
    indptr = np.concatenate([[0]] + [p[0][1:] + o for p, o in zip(parts, offsets)])
    return indptr, np.concatenate([p[1] for p in parts]), np.concatenate([p[2] for p in parts])


def _featurise(texts):
    """featurise() on one chunk: texts are joined by NUL and windows that cross one are dropped."""
    joined = "\0".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    sep = np.concatenate([[0], np.cumsum(codes == 0)])
    row_of = sep[:-1]  # row of each position (NULs counted before it)
    rows, buckets = [], []
    for n in ORDERS:
        if len(codes) < n:
            continue
        m = len(codes) - n + 1
        h = np.full(m, np.uint32(char_ngrams.order_seed(n)))
        with np.errstate(over="ignore"):
            for k in range(n):
                h = (h ^ codes[k : k + m]) * np.uint32(char_ngrams.FNV_PRIME)
            h ^= h >> np.uint32(16)
            h *= np.uint32(0x85EBCA6B)
            h ^= h >> np.uint32(13)
            h *= np.uint32(0xC2B2AE35)
            h ^= h >> np.uint32(16)
        ok = sep[n : n + m] - sep[:m] == 0
        rows.append(row_of[:m][ok])
        buckets.append((h[ok] & np.uint32(BUCKETS - 1)).astype(np.int64))
    rows = np.concatenate(rows).astype(np.int64)
    buckets = np.concatenate(buckets)
    # merge repeats within a row: one (row, bucket) entry with its count
    key = rows * BUCKETS + buckets
    key, counts = np.unique(key, return_counts=True)
    rows, buckets = key // BUCKETS, key % BUCKETS
    values = counts.astype(np.float32)
    norms = np.sqrt(np.bincount(rows, weights=values**2, minlength=len(texts)))
    values /= norms[rows].astype(np.float32)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(texts)))])
    return indptr, buckets, values


def check_featurise(texts):
    """The vectorised featuriser agrees with the plain reference (char_ngrams.features) the
    TypeScript twin is tested against: same buckets, values within float32 rounding."""
    indptr, buckets, values = featurise([bare(t) for t in texts])
    for i, text in enumerate(texts):
        ref = char_ngrams.features(text)
        got = list(zip(buckets[indptr[i] : indptr[i + 1]].tolist(), values[indptr[i] : indptr[i + 1]].tolist()))
        assert [b for b, _ in ref] == [b for b, _ in got], f"featurise differs from char_ngrams on {text!r}"
        assert all(abs(a - b) < 1e-5 for (_, a), (_, b) in zip(ref, got)), f"feature values differ on {text!r}"


class NGram(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = torch.nn.EmbeddingBag(BUCKETS, len(LABELS), mode="sum", sparse=True)
        torch.nn.init.zeros_(self.weights.weight)
        self.bias = torch.nn.Parameter(torch.zeros(len(LABELS)))

    def forward(self, buckets, offsets, values):
        return self.weights(buckets, offsets, per_sample_weights=values) + self.bias


def _batch(csr, a, b):
    indptr, buckets, values = csr
    lo, hi = indptr[a], indptr[b]
    return torch.from_numpy(buckets[lo:hi]), torch.from_numpy(indptr[a:b] - lo), torch.from_numpy(values[lo:hi])


def train(examples, log, epochs=EPOCHS):
    """Masked, weighted BCE per head as in train.py; Adam on the rows' buckets (sparse)."""
    torch.manual_seed(SEED)
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    examples = [examples[i] for i in order]
    check_featurise([ex.text for ex in examples[:300]])
    csr = featurise([bare(ex.text) for ex in examples])
    log(f"features: {len(csr[1])} entries for {len(examples)} rows")
    labels = torch.tensor([ex.labels for ex in examples])
    weights = torch.tensor([ex.weights for ex in examples])
    model = NGram()
    sparse = torch.optim.SparseAdam(list(model.weights.parameters()), lr=LR)
    dense = torch.optim.Adam([model.bias], lr=LR)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    starts = list(range(0, len(examples), BATCH))
    for epoch in range(epochs):
        random.Random(SEED + epoch).shuffle(starts)
        total = 0.0
        for a in starts:
            b = min(a + BATCH, len(examples))
            w, y = weights[a:b], labels[a:b]
            loss = (loss_fn(model(*_batch(csr, a, b)), y) * w).sum() / w.sum().clamp(min=1.0)
            sparse.zero_grad()
            dense.zero_grad()
            loss.backward()
            sparse.step()
            dense.step()
            total += loss.item()
        log(f"epoch {epoch}: mean loss {total / len(starts):.4f}")
    return model


@torch.no_grad()
def predict(model, texts, batch=4096):
    """Sigmoid scores, one row of four per (normalised) text."""
    csr = featurise([bare(t) for t in texts])
    out = []
    for a in range(0, len(texts), batch):
        out.extend(torch.sigmoid(model(*_batch(csr, a, min(a + batch, len(texts))))).tolist())
    return out


# --- evaluation: the figures of src/classifier/evaluate-unseen.ts ---------------------------------

MIN_POSITIVES = 50


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_scores(path):
    """`threadlens classify` output: per row, the scores dict, or None when the row was not read."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            x = json.loads(line)
            out.append([x["scores"][name] for name in LABELS] if "scores" in x else None)
    return out


def _mean(xs):
    ok = [x for x in xs if x is not None]
    return sum(ok) / len(ok) if ok else None


def unseen_table(rows, scores, cuts):
    """(per-head {sources, auc, own}, per-source lines, everyday flag rate) on the read rows."""
    read = [(r, s) for r, s in zip(rows, scores) if s is not None]
    heads, lines = {}, []
    for j, head in enumerate(LABELS):
        aucs, owns = [], []
        for source in sorted({r["source"] for r, _ in read}):
            pos = [s[j] for r, s in read if r["source"] == source and r["label"] == head]
            if not pos:
                continue
            own = [s[j] for r, s in read if r["source"] == source and r["label"] == "ordinary"]
            everyday = [s[j] for r, s in read if r["everyday"] == "1" and r["label"] == "ordinary" and r["source"] != source]
            a, o = train_mod.auc(pos, everyday), train_mod.auc(pos, own)
            lines.append((head, source, len(pos), len(own), o, a))
            if len(pos) >= MIN_POSITIVES:
                aucs.append(a)
                owns.append(o)
        if aucs:
            heads[head] = (len(aucs), _mean(aucs), _mean(owns))
    everyday = [s for r, s in read if r["everyday"] == "1" and r["label"] == "ordinary"]
    flagged = train_mod.flag_rate(everyday, cuts) if everyday else None
    return heads, lines, flagged, len(everyday)


def blend(a, b):
    """The blend declared before any held-out number was seen: the mean of the two probabilities."""
    return None if a is None or b is None else [(x + y) / 2 for x, y in zip(a, b)]


def show(name, heads, lines, flagged, rows, cuts, out):
    num = lambda x: "n/a" if x is None else f"{x:.3f}"
    print(f"\n## {name} (thresholds {[round(c, 3) for c in cuts]})", file=out)
    for head, source, pos, own, o, a in lines:
        print(f"  {head:18} {source:34} {pos:5} pos {own:5} own  AUC own {num(o)}  everyday {num(a)}", file=out)
    for head in LABELS:
        if head in heads:
            n, a, o = heads[head]
            print(f"| {head} | {n} | {num(a)} | {num(o)} |", file=out)
    print(f"everyday ordinary flagged: {rows} rows, {'n/a' if flagged is None else f'{flagged * 100:.1f}%'}", file=out)


def quantise(model):
    """int8 weights (bucket-major: bucket * heads + head) with one scale per head, in place: the
    model then scores exactly as the shipped file does."""
    w = model.weights.weight.data
    scales = (w.abs().amax(dim=0) / 127).clamp(min=1e-12)
    q = torch.round(w / scales).clamp(-127, 127)
    w.copy_(q * scales)
    return q.to(torch.int8).numpy(), scales.tolist()


def export(model, args, log):
    """Writes ngram.bin and threadlens.ngram into the model folder and re-picks its thresholds for
    the blend (the mean of the two probabilities) on the calibration texts, as build.py picks the
    encoder's: lowest cut flagging at most TARGET_FPR of them, over the posts the language gate reads."""
    q, scales = quantise(model)
    with open(os.path.join(args.model, "ngram.bin"), "wb") as f:
        f.write(q.tobytes())
    pick, check = data_mod.calibration_texts(args.data)
    pick_enc = read_scores(args.pick_scores)
    assert len(pick_enc) == len(pick), "pick scores are not of the calibration CSV"
    pick_ng = predict(model, [normalize(t) for t in pick])
    pick_blend = [blend(n, s) for n, s in zip(pick_ng, pick_enc) if s is not None]
    cuts = train_mod.thresholds(pick_blend)
    log(f"blend thresholds {cuts}; flag rate on the picking set {train_mod.flag_rate(pick_blend, cuts):.4f}")
    path = os.path.join(args.model, "config.json")
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    with open(args.ngram + ".json", encoding="utf-8") as f:
        trained_on = json.load(f)
    own = config["threadlens"]
    own["version"] = args.version
    own["thresholds"] = {name: cut for name, cut in zip(LABELS, cuts)}
    own["ngram"] = {
        "file": "ngram.bin",
        "features": "char_ngrams.py: character 2-5-grams of the normalised text without link/handle markers, lower-cased, hashed (FNV-1a 32 + fmix32) into buckets, unit length",
        "buckets": BUCKETS,
        "orders": list(ORDERS),
        "maxChars": char_ngrams.MAX_CHARS,
        "scales": scales,
        "bias": model.bias.data.tolist(),
        "blend": "mean of the encoder's and the n-gram model's probabilities",
        "trained_on": trained_on,
    }
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(config, indent=1, ensure_ascii=False) + "\n")
    with open(os.path.join(args.model, "thresholds.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(own["thresholds"], indent=1) + "\n")
    log(f"wrote {args.model}/ngram.bin ({q.size} bytes) and threadlens.ngram")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--data", default=data_mod.default_data_dir())
    t.add_argument("--exclude-group", default=None)
    t.add_argument("--out", required=True)
    t.add_argument("--epochs", type=int, default=EPOCHS)
    c = sub.add_parser("calibration")
    c.add_argument("--data", default=data_mod.default_data_dir())
    c.add_argument("--out", required=True)
    e = sub.add_parser("eval")
    e.add_argument("--data", default=data_mod.default_data_dir())
    e.add_argument("--ngram", required=True)
    e.add_argument("--model", required=True, help="the encoder's model folder (its thresholds)")
    e.add_argument("--unseen", required=True)
    e.add_argument("--encoder-scores", required=True, help="threadlens classify output on --unseen")
    e.add_argument("--pick-scores", required=True, help="threadlens classify output on the calibration CSV")
    x = sub.add_parser("export", help="quantise into a model folder: ngram.bin, config.json threadlens.ngram, the blend's thresholds")
    x.add_argument("--data", default=data_mod.default_data_dir())
    x.add_argument("--ngram", required=True)
    x.add_argument("--model", required=True, help="the model folder (its encoder stays as it is)")
    x.add_argument("--pick-scores", required=True, help="threadlens classify --encoder-only output on the calibration CSV")
    x.add_argument("--version", required=True)
    args = parser.parse_args()
    torch.set_num_threads(1)
    started = time.time()

    def log(message):
        print(f"[{time.time() - started:7.1f}s] {message}", flush=True)

    if args.command == "calibration":
        pick, _ = data_mod.calibration_texts(args.data)
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["text"])
            w.writerows([t] for t in pick)
        return
    if args.command == "train":
        excluded = tuple("s2:%s:" % name for name in data_mod.sources2.LOSO_GROUPS[args.exclude_group]) if args.exclude_group else ()
        examples, dropped = data_mod.build(args.data, build.SEED, exclude=lambda s: s.startswith(excluded) if excluded else False)
        log(f"{len(examples)} training rows ({dropped} dev overlaps dropped); SOURCES2={int(data_mod.SOURCES2)}")
        model = train(examples, log, args.epochs)
        torch.save(model.state_dict(), args.out)
        per_source = {}
        for ex in examples:
            per_source[ex.source] = per_source.get(ex.source, 0) + 1
        with open(args.out + ".json", "w", encoding="utf-8") as f:
            json.dump({"rows": len(examples), "per_source": dict(sorted(per_source.items())), "dev_overlaps_dropped": dropped, "seed": SEED, "epochs": args.epochs, "excluded_group": args.exclude_group}, f, indent=1)
        log(f"wrote {args.out}")
        return

    model = NGram()
    model.load_state_dict(torch.load(args.ngram))
    if args.command == "export":
        export(model, args, log)
        return
    pick, _ = data_mod.calibration_texts(args.data)
    pick_ng = predict(model, [normalize(t) for t in pick])
    pick_enc = read_scores(args.pick_scores)
    assert len(pick_enc) == len(pick), "pick scores are not of the calibration CSV"
    rows = read_csv(args.unseen)
    enc = read_scores(args.encoder_scores)
    assert len(enc) == len(rows), "encoder scores are not of the unseen CSV"
    ng = predict(model, [normalize(r["text"]) for r in rows])
    with open(os.path.join(args.model, "config.json"), encoding="utf-8") as f:
        own = json.load(f)["threadlens"]["thresholds"]
    shipped_cuts = [own[name] for name in LABELS]
    # every model is scored on the rows the encoder read (the product's language gate)
    ng_read = [n if s is not None else None for n, s in zip(ng, enc)]
    pick_ng_read = [n for n, s in zip(pick_ng, pick_enc) if s is not None]
    pick_blend = [blend(n, s) for n, s in zip(pick_ng, pick_enc) if s is not None]
    out = sys.stdout
    show("encoder (int8, Node scores; its own thresholds)", *unseen_table(rows, enc, shipped_cuts), shipped_cuts, out)
    cuts = train_mod.thresholds(pick_ng_read)
    show("char n-gram alone", *unseen_table(rows, ng_read, cuts), cuts, out)
    cuts = train_mod.thresholds(pick_blend)
    show("blend: mean of encoder and n-gram probabilities", *unseen_table(rows, [blend(n, s) for n, s in zip(ng_read, enc)], cuts), cuts, out)


if __name__ == "__main__":
    main()
