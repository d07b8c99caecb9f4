"""The character n-gram features of threadlens-mini's second model, in plain Python: the reference
the TypeScript twin (src/classifier/char-ngrams.ts) is tested against, line by line, and the
vectorised featuriser of ngram.py is checked against before every training.

A text (already normalised by normalize.py) loses its link and handle markers, is lower-cased,
cut at MAX_CHARS code points and padded by one space on each side; every run of 2 to 5 code
points is hashed to one of BUCKETS buckets (32-bit FNV-1a over code points from a per-order seed,
then murmur3's finaliser); a row is the bucket counts scaled to unit length.

    python3 models/pipeline/char_ngrams.py < texts.jsonl            # [[bucket, value], ...] a line
    python3 models/pipeline/char_ngrams.py --score MODEL_DIR < texts.jsonl   # the four probabilities
"""

import json
import math
import os
import re
import struct
import sys

BUCKETS = 1 << 18
ORDERS = (2, 3, 4, 5)
MAX_CHARS = 1000
FNV_PRIME = 0x01000193
ORDER_SEED = 0x9E3779B1
MASK = 0xFFFFFFFF
# The markers normalize.py writes for links and handles, as train.py strips them for the encoder.
MARKERS = re.compile(r"(?:(?<= )|^)(?:http|@user)(?: |$)")


def bare(text):
    """Normalised text without the link / handle markers, lower-cased, padded by spaces (a NUL,
    which the vectorised featuriser uses between texts, counts as a space)."""
    return " " + MARKERS.sub(" ", text.replace("\0", " ")).strip(" ").lower()[:MAX_CHARS] + " "


def order_seed(n):
    return (n * ORDER_SEED) & MASK


def fmix32(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & MASK
    return h ^ (h >> 16)


def buckets(text):
    """Bucket of every n-gram of bare(text), orders in ORDERS order, positions left to right."""
    codes = [ord(c) for c in bare(text)]
    out = []
    for n in ORDERS:
        for i in range(len(codes) - n + 1):
            h = order_seed(n)
            for c in codes[i : i + n]:
                h = ((h ^ c) * FNV_PRIME) & MASK
            out.append(fmix32(h) & (BUCKETS - 1))
    return out


def features(text):
    """Sorted (bucket, value) pairs: counts scaled to unit length."""
    counts = {}
    for b in buckets(text):
        counts[b] = counts.get(b, 0) + 1
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return sorted((b, v / norm) for b, v in counts.items())


def read_model(model_dir):
    """(int8 weights by bucket then head, per-head scales, per-head biases) of a model folder."""
    with open(os.path.join(model_dir, "config.json"), encoding="utf-8") as f:
        spec = json.load(f)["threadlens"]["ngram"]
    with open(os.path.join(model_dir, spec["file"]), "rb") as f:
        raw = f.read()
    heads = len(spec["scales"])
    assert len(raw) == spec["buckets"] * heads, "ngram weights file has the wrong size"
    return struct.unpack(f"{len(raw)}b", raw), spec["scales"], spec["bias"]


def probabilities(model, text):
    weights, scales, bias = model
    heads = len(scales)
    out = []
    for j in range(heads):
        z = bias[j] + sum(v * weights[b * heads + j] for b, v in features(text)) * scales[j]
        out.append(1 / (1 + math.exp(-z)))
    return out


def main():
    model = read_model(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[1] == "--score" else None
    for line in sys.stdin:
        if not line.strip():
            continue
        text = json.loads(line)
        print(json.dumps(probabilities(model, text) if model else [[b, v] for b, v in features(text)]))


if __name__ == "__main__":
    main()
