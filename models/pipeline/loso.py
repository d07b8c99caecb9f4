"""Leave-sources-out checks: how the recipe of build.py does on sources it never saw.

    nice -n 10 /usr/bin/python3 models/pipeline/loso.py        (or: make -C models loso)

Each run drops whole sources, rebuilds the vocabulary without them, trains exactly as build.py
does, picks thresholds the same way, and then scores the dropped sources. Runs A-C drop a positive
source for each head and one ordinary source at once (a harsher test than one at a time, and three
trainings instead of ten); D and E drop a single source. Runs are named on the command line
(`loso.py A C E`); THREADS sets torch's threads, so two processes can share the two cores.
Results: models/work/loso.json (the model card quotes it).
`EPOCHS=1` in the environment halves the cost (build.py trains two); the model card says which.
"""

import csv
import json
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(__file__))
import build  # noqa: E402
import data as data_mod  # noqa: E402
import pretrain as pretrain_mod  # noqa: E402
import train as train_mod  # noqa: E402
import wordpiece  # noqa: E402
from normalize import normalize  # noqa: E402

# (name, dropped source prefixes, tests: (label, positive sources, same-source negatives), dropped ordinary source)
RUNS = [
    (
        "A",
        ("ira:NewsFeed", "ira:HashtagGamer", "ira:Fearmonger", "ira:Commercial", "olid:", "tweepfake:rnn", "sentiment140"),
        [
            ("inauthentic", ("ira:NewsFeed", "ira:HashtagGamer", "ira:Fearmonger", "ira:Commercial"), ()),
            ("toxic", ("olid:OFF",), ("olid:NOT",)),
            ("machine_generated", ("tweepfake:rnn",), ("tweepfake-test:human",)),
        ],
        "sentiment140",
    ),
    (
        "B",
        ("utkml:", "davidson:", "tweepfake:gpt2", "tweeteval_emoji"),
        [
            ("inauthentic", ("utkml:Spam",), ("utkml:Quality",)),
            ("toxic", ("davidson:hate", "davidson:offensive"), ("davidson:neither",)),
            ("machine_generated", ("tweepfake:gpt2",), ("tweepfake-test:human",)),
        ],
        "tweeteval_emoji",
    ),
    (
        "C",
        ("tweeteval_hate:", "tweepfake:others", "ira:LeftTroll", "tweeteval_stance"),
        [
            ("inauthentic", ("ira:LeftTroll",), ()),
            ("toxic", ("tweeteval_hate:1",), ("tweeteval_hate:0",)),
            ("machine_generated", ("tweepfake:others",), ("tweepfake-test:human",)),
        ],
        "tweeteval_stance",
    ),
    # Single-source holdouts, milder than the runs above: only the tested source is missing.
    ("D", ("olid:",), [("toxic", ("olid:OFF",), ("olid:NOT",))], None),
    (
        "E",
        ("ira:NewsFeed", "ira:HashtagGamer", "ira:Fearmonger", "ira:Commercial"),
        [("inauthentic", ("ira:NewsFeed", "ira:HashtagGamer", "ira:Fearmonger", "ira:Commercial"), ())],
        None,
    ),
]
TEST_CAP = 3000
EPOCHS = int(os.environ.get("EPOCHS", build.EPOCHS))
LR = float(os.environ.get("LR", build.LR))
PRETRAIN_PASSES = int(os.environ.get("PRETRAIN_PASSES", build.LOSO_PRETRAIN_PASSES))
ADVERSARY = float(os.environ.get("ADVERSARY", build.ADVERSARY))
SCRAMBLE = float(os.environ.get("SCRAMBLE", build.SCRAMBLE))
# Experiments write loso-<TAG>-<run>.json and loso-<TAG>.json instead of the recipe's files.
TAG = os.environ.get("TAG", "")
# D and E drop a subset of what A drops, so A's pre-training (which saw less) serves them too:
# three pre-trainings instead of five, and none has seen a source its runs hold out.
PRETRAIN_FROM = {"D": "A", "E": "A"}


def pool(data, seed):
    """Every source's normalised texts, plus TweepFake's test-split humans (never trained on)."""
    sources = data_mod.load_sources(data, random.Random(seed))
    out = {name: [normalize(ex.text) for ex in exs] for name, exs in sources.items()}
    with open(f"{data}/raw/tweepfake/test.csv", encoding="utf-8", newline="") as f:
        out["tweepfake-test:human"] = [normalize(r["text"]) for r in csv.DictReader(f) if r["account.type"] == "human"]
    return out


def sample(texts, rng):
    return rng.sample(texts, TEST_CAP) if len(texts) > TEST_CAP else texts


def _name(suffix):
    return os.path.join(build.MODELS, "work", f"loso-{TAG}-{suffix}" if TAG else f"loso-{suffix}")


def vocabulary_and_encoder(name, examples, data, log):
    """As build.py: from the pre-training corpus without the held-out sources, or (no
    pre-training) the vocabulary of the run's training rows. Cached on disk for PRETRAIN_FROM."""
    if PRETRAIN_PASSES == 0:
        vocab = wordpiece.build_vocab(wordpiece.word_counts(ex.text for ex in examples), build.VOCAB_SIZE)
        return wordpiece.WordPiece(vocab, build.MAX_LENGTH), None
    source = PRETRAIN_FROM.get(name, name)
    path = _name(f"pretrained-{source}.pt")
    if os.path.exists(path):
        saved = torch.load(path)
        return wordpiece.WordPiece(saved["vocab"], build.MAX_LENGTH), saved["state"]
    dropped = next(run[1] for run in RUNS if run[0] == source)
    tok, state = pretrain_mod.vocabulary_and_encoder(
        data, build.SEED, PRETRAIN_PASSES, log, exclude=lambda s: s.startswith(dropped), vocab_size=build.VOCAB_SIZE, max_length=build.MAX_LENGTH
    )
    torch.save({"vocab": tok.vocab, "state": state}, path)
    return tok, state


def run(name, dropped, tests, ordinary_source, data, texts, log):
    examples, _ = data_mod.build(data, build.SEED, exclude=lambda source: source.startswith(dropped))
    tok, init = vocabulary_and_encoder(name, examples, data, log)
    model, _ = train_mod.train(examples, tok, EPOCHS, build.SEED, log, init=init, lr=LR, adversary=ADVERSARY, scramble=SCRAMBLE)
    pick, check = data_mod.calibration_texts(data)
    cuts = train_mod.thresholds(train_mod.predict(model, tok, [normalize(t) for t in pick]))
    rng = random.Random(build.SEED)
    unseen = (sample(texts[ordinary_source], rng) if ordinary_source else []) + [normalize(t) for t in check]
    unseen_scores = train_mod.predict(model, tok, unseen)
    result = {
        "dropped": list(dropped),
        "training_rows": len(examples),
        "epochs": EPOCHS,
        "lr": LR,
        "pretrain_passes": PRETRAIN_PASSES,
        "pretrained_without": PRETRAIN_FROM.get(name, name) if PRETRAIN_PASSES else None,
        "adversary": ADVERSARY,
        "scramble": SCRAMBLE,
        "thresholds": cuts,
        "unseen_ordinary": (f"{ordinary_source} (sample of {TEST_CAP}) + " if ordinary_source else "") + "tweeteval sentiment val/test",
        "unseen_ordinary_flag_rate": train_mod.flag_rate(unseen_scores, cuts),
        "tests": [],
    }
    for label, positives, negatives in tests:
        j = data_mod.LABELS.index(label)
        pos = [s[j] for s in train_mod.predict(model, tok, sample([t for p in positives for t in texts[p]], rng))]
        entry = {
            "label": label,
            "positives": list(positives),
            "n_positive": len(pos),
            "recall_at_threshold": sum(1 for s in pos if s >= cuts[j]) / len(pos),
            "auc_vs_unseen_ordinary": train_mod.auc(pos, [s[j] for s in unseen_scores]),
        }
        if negatives:
            neg = [s[j] for s in train_mod.predict(model, tok, sample([t for n in negatives for t in texts[n]], rng))]
            entry["same_source_negatives"] = list(negatives)
            entry["auc_vs_same_source_negatives"] = train_mod.auc(pos, neg)
        result["tests"].append(entry)
        log(f"run {name}: {json.dumps(entry)}")
    return result


def main():
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))
    data = data_mod.default_data_dir()
    started = time.time()

    def log(message):
        print(f"[{time.time() - started:7.1f}s] {message}", flush=True)

    texts = pool(data, build.SEED)
    only = set(sys.argv[1:])
    for name, dropped, tests, ordinary_source in RUNS:
        if only and name not in only:
            continue
        # One file per run, so runs can go in parallel processes; loso.json gathers them.
        build.write_json(_name(f"{name}.json"), run(name, dropped, tests, ordinary_source, data, texts, log))
    gathered = {}
    for name, *_ in RUNS:
        path = _name(f"{name}.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                gathered[name] = json.load(f)
    build.write_json(os.path.join(build.MODELS, "work", f"loso-{TAG}.json" if TAG else "loso.json"), gathered)
    log("done")


if __name__ == "__main__":
    main()
