"""Reads the sources in ../shared/data in place and labels each text for the four heads.

Each example says which labels its source knows; the others are masked out of the loss
(a TweepFake bot tweet says nothing about toxicity). Ordinary tweets count as weak
negatives for toxic and propaganda (weight WEAK): most are neither, some are.
Everything in dev.csv (by normalised text) and the held-out articles never reaches training.
"""

import csv
import json
import os
import random

from normalize import normalize
import sources2

# The next recipe's data (issue 11): the 22 SOURCES-2 sources as well, quirks neutralised
# (sources2.py). Off by default, so the shipped recipe rebuilds byte for byte; SOURCES2=1 turns it on.
SOURCES2 = os.environ.get("SOURCES2", "0") == "1"
# share of the other sources' rows stripped like MBIB's HateXplain / CMSB (sources2.strip_like_mbib)
MBIB_STRIP_SHARE = 0.15

LABELS = ["inauthentic", "toxic", "machine_generated", "propaganda"]
WEAK = 0.3
# Per-source caps keep one huge source from owning a label (README: balance per source).
CAP = {
    "ira:RightTroll": 6000, "ira:LeftTroll": 5000, "ira:NewsFeed": 4000, "ira:HashtagGamer": 4000,
    "ira:Fearmonger": 3000, "ira:Commercial": 1500, "sentiment140": 12000, "tweeteval_emoji": 10000,
    "davidson:offensive": 7000, "utkml:Spam": 7000, "utkml:Quality": 7000,
}
IRA_PER_AUTHOR = 40
IRA_CATEGORIES = ("RightTroll", "LeftTroll", "NewsFeed", "HashtagGamer", "Fearmonger", "Commercial")
PROPAGANDA_HELDOUT_SHARE = 0.15
csv.field_size_limit(10_000_000)


class Example:
    __slots__ = ("text", "labels", "weights", "source")

    def __init__(self, text, labels, source):
        """labels: {label: (value, weight)} for the labels this source knows."""
        self.text = text
        self.source = source
        self.labels = [labels.get(name, (0.0, 0.0))[0] for name in LABELS]
        self.weights = [labels.get(name, (0.0, 0.0))[1] for name in LABELS]


def ordinary(text, source, mg=True):
    known = {"inauthentic": (0.0, 1.0), "toxic": (0.0, WEAK), "propaganda": (0.0, WEAK)}
    if mg:
        known["machine_generated"] = (0.0, 1.0)
    return Example(text, known, source)


def toxic_set(text, source, positive):
    value = 1.0 if positive else 0.0
    return Example(text, {"toxic": (value, 1.0), "inauthentic": (0.0, 1.0), "machine_generated": (0.0, 1.0)}, source)


def _rows(path, **kw):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, **kw)


def _lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def propaganda_split(data):
    articles = sorted({r["article_id"] for r in _rows(f"{data}/corpora/propaganda-sentences.csv")})
    rng = random.Random(20261101)
    shuffled = articles[:]
    rng.shuffle(shuffled)
    return sorted(shuffled[: round(len(shuffled) * PROPAGANDA_HELDOUT_SHARE)])


def load_sources(data, rng):
    """All labelled examples by source name, before dev exclusion and caps."""
    raw = f"{data}/raw"
    out = {}

    def add(example):
        out.setdefault(example.source, []).append(example)

    with open(f"{data}/corpora/ira-author-split.json", encoding="utf-8") as f:
        dev_authors = set(json.load(f)["ira_dev_authors"])
    per_author = {}
    for r in _rows(f"{raw}/ira-english-originals.csv"):
        if r["account_category"] not in IRA_CATEGORIES or r["author"] in dev_authors:
            continue
        per_author.setdefault((r["account_category"], r["author"]), []).append(r["content"])
    authors = {}
    for category, _ in per_author:
        authors[category] = authors.get(category, 0) + 1
    for (category, _), texts in sorted(per_author.items()):
        # Categories with few accounts take more per account, up to the category's cap.
        per = max(IRA_PER_AUTHOR, -(-CAP[f"ira:{category}"] // authors[category]))
        for text in rng.sample(texts, min(per, len(texts))):
            add(Example(text, {"inauthentic": (1.0, 1.0)}, f"ira:{category}"))

    for r in _rows(f"{raw}/utkml-spam/train.csv"):
        if r["Type"] == "Spam":
            add(Example(r["Tweet"], {"inauthentic": (1.0, 1.0)}, "utkml:Spam"))
        else:
            add(ordinary(r["Tweet"], "utkml:Quality", mg=False))

    for r in _rows(f"{raw}/tweepfake/train.csv"):
        if r["account.type"] == "bot":
            add(Example(r["text"], {"machine_generated": (1.0, 1.0)}, f"tweepfake:{r['class_type']}"))
        else:
            add(ordinary(r["text"], "tweepfake:human"))

    for r in _rows(f"{raw}/davidson/labeled_data.csv"):
        kind = {"0": "hate", "1": "offensive", "2": "neither"}[r["class"]]
        add(toxic_set(r["tweet"], f"davidson:{kind}", kind != "neither"))

    for split in ("train", "val"):
        texts = _lines(f"{raw}/tweeteval/hate/{split}_text.txt")
        for text, label in zip(texts, _lines(f"{raw}/tweeteval/hate/{split}_labels.txt")):
            add(toxic_set(text, f"tweeteval_hate:{label.strip()}", label.strip() == "1"))

    for r in _rows(f"{raw}/olid/olid-training-v1.0.tsv", delimiter="\t", quoting=csv.QUOTE_NONE):
        add(toxic_set(r["tweet"], f"olid:{r['subtask_a']}", r["subtask_a"] == "OFF"))

    for name in ("negative", "positive"):
        for text in _lines(f"{raw}/sentiment140/{name}.txt"):
            add(ordinary(text, "sentiment140"))

    for split in ("train", "val", "test"):
        for text in _lines(f"{raw}/tweeteval/emoji/{split}_text.txt"):
            add(ordinary(text, "tweeteval_emoji"))
    for topic in ("abortion", "atheism", "climate", "feminist", "hillary"):
        for split in ("train", "val", "test"):
            for text in _lines(f"{raw}/tweeteval/stance/{topic}/{split}_text.txt"):
                add(ordinary(text, "tweeteval_stance"))

    for r in _rows(f"{data}/corpora/train-news-negatives.csv"):
        add(ordinary(r["text"], "news_accounts"))

    heldout = set(propaganda_split(data))
    for r in _rows(f"{data}/corpora/propaganda-sentences.csv"):
        if r["article_id"] not in heldout:
            add(Example(r["text"], {"propaganda": (float(r["propaganda"]), 1.0)}, "semeval_ptc"))

    if SOURCES2:
        for source, text, known in sources2.training_rows(raw, rng):
            add(Example(text, known, source))
    return out


def calibration_texts(data):
    """Ordinary tweets no training run ever sees: TweetEval irony and emotion pick the thresholds,
    TweetEval sentiment (val+test) checks them."""
    raw = f"{data}/raw/tweeteval"
    pick = [t for task in ("irony", "emotion") for s in ("train", "val", "test") for t in _lines(f"{raw}/{task}/{s}_text.txt")]
    check = [t for s in ("val", "test") for t in _lines(f"{raw}/sentiment/{s}_text.txt")]
    return pick, check


def dev_texts(data):
    return {normalize(r["text"]) for r in _rows(f"{data}/corpora/dev.csv")}


def build(data, seed, exclude=lambda source: False):
    """Normalised, deduplicated, capped training examples and the number dropped as dev overlaps."""
    rng = random.Random(seed)
    dev = dev_texts(data)
    sources = load_sources(data, rng)
    examples, seen, dropped = [], set(), 0
    for source in sorted(sources):
        if exclude(source):
            continue
        kept = []
        for ex in sources[source]:
            ex.text = normalize(ex.text)
            if ex.text in dev:
                dropped += 1
            elif ex.text not in seen:
                seen.add(ex.text)
                kept.append(ex)
        cap = CAP.get(source)
        if cap is not None and len(kept) > cap:
            kept = rng.sample(kept, cap)
        examples.extend(kept)
    if SOURCES2:
        # After the dev check, so a stripped copy of a dev text cannot slip past it.
        stripped = ("s2:hatexplain_mbib_processed", "s2:cmsb_callmesexist_mbib_processed")
        for ex in examples:
            if not ex.source.startswith(stripped) and rng.random() < MBIB_STRIP_SHARE:
                ex.text = sources2.strip_like_mbib(ex.text)
    return examples, dropped


def default_data_dir():
    return os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
