"""Masked-language-model pre-training of the encoder on unlabelled tweets from ../shared/data.

Why: trained from scratch on ~130k labelled rows, the encoder learns which dataset a text came
from (the labels' sources differ in topic and style) more than what the text does; held-out
sources scored AUC 0.32-0.80 (MODEL_CARD.md). Pre-training on several times more text, from
every source alike and without labels, first teaches it ordinary English tweet language.

What it reads, and what it never reads:
- every raw source the labelled step uses, under the same source names as data.py (so a
  leave-sources-out run can drop a source from pre-training too), with more of each: all IRA
  English originals of non-dev authors (at most PER_AUTHOR per account), all of Sentiment140
  and TweetEval emoji, all of TweepFake's train split, ...; then each source is capped (CAP) so
  the IRA file does not own the mix;
- never: `corpora/dev.csv` texts (by normalised text) or any tweet of an IRA dev author; the
  held-out SemEval articles; TweepFake validation (dev) and test (leave-sources-out negatives);
  TweetEval irony, emotion and sentiment (they pick and check the thresholds); TweetEval
  offensive (it is OLID, which leave-sources-out runs drop).
"""

import csv
import json
import math
import random
import time

import torch
from torch import nn

import data as data_mod
import train as train_mod
import wordpiece
from model import Config, Encoder
from normalize import normalize

IRA_PER_AUTHOR = 1500
# Per source, after deduplication; sources not named keep everything (all are smaller).
CAP = {
    "ira:RightTroll": 30000, "ira:NewsFeed": 30000, "ira:LeftTroll": 30000, "ira:HashtagGamer": 30000,
    "ira:Commercial": 15000, "ira:Fearmonger": 10000, "sentiment140": 50000, "tweeteval_emoji": 50000,
}
BATCH = 128
LR = 1e-3
WARMUP = 0.05
MASK_SHARE = 0.15


def _ira(data, dev_authors, rng):
    per_author = {}
    with open(f"{data}/raw/ira-english-originals.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["account_category"] in data_mod.IRA_CATEGORIES and r["author"] not in dev_authors:
                per_author.setdefault((r["account_category"], r["author"]), []).append(r["content"])
    out = {}
    for (category, _), texts in sorted(per_author.items()):
        out.setdefault(f"ira:{category}", []).extend(rng.sample(texts, min(IRA_PER_AUTHOR, len(texts))))
    return out


def _never(data):
    """Normalised texts pre-training must not see (dev, threshold sets, TweepFake dev and test)."""
    pick, check = data_mod.calibration_texts(data)
    never = data_mod.dev_texts(data) | {normalize(t) for t in pick + check}
    for split in ("validation", "test"):
        with open(f"{data}/raw/tweepfake/{split}.csv", encoding="utf-8", newline="") as f:
            never |= {normalize(r["text"]) for r in csv.DictReader(f)}
    return never


def corpus(data, seed, exclude=lambda source: False):
    """Normalised, deduplicated, capped unlabelled texts and their sources: [(source, text)]."""
    rng = random.Random(seed)
    with open(f"{data}/corpora/ira-author-split.json", encoding="utf-8") as f:
        dev_authors = set(json.load(f)["ira_dev_authors"])
    sources = {name: [ex.text for ex in exs] for name, exs in data_mod.load_sources(data, rng).items() if not name.startswith("ira:")}
    sources.update(_ira(data, dev_authors, rng))
    never, seen, out = _never(data), set(), []
    for source in sorted(sources):
        if exclude(source):
            continue
        kept = []
        for text in sources[source]:
            text = normalize(text)
            if text and text not in never and text not in seen:
                seen.add(text)
                kept.append(text)
        cap = CAP.get(source)
        if cap is not None and len(kept) > cap:
            kept = rng.sample(kept, cap)
        out.extend((source, t) for t in kept)
    return out


class MaskedLM(nn.Module):
    """BERT's prediction head over the encoder's token vectors; the output matrix is the word
    embedding table (tied), so the head adds few parameters and none of it is shipped."""

    def __init__(self, encoder, config):
        super().__init__()
        self.encoder = encoder
        self.transform = nn.Linear(config.hidden, config.hidden)
        self.norm = nn.LayerNorm(config.hidden, eps=1e-12)
        self.bias = nn.Parameter(torch.zeros(config.vocab_size))

    def forward(self, ids, mask, types, where):
        x = self.encoder.tokens(ids, mask, types)[where]
        x = self.norm(nn.functional.gelu(self.transform(x)))
        # The embeddings start at unit variance (model.py), so unscaled dot products over 192
        # dimensions would give logits of spread ~14 and a loss that first climbs.
        return x @ self.encoder.words.weight.t() / math.sqrt(x.shape[-1]) + self.bias


def mask_tokens(ids, mask, vocab_size, rng):
    """BERT's recipe: MASK_SHARE of the real tokens ([CLS]/[SEP] excluded) are predicted;
    of those, 80% become [MASK], 10% a random token, 10% stay."""
    real = (mask == 1) & (ids != wordpiece.CLS) & (ids != wordpiece.SEP)
    where = real & (torch.rand(ids.shape, generator=rng) < MASK_SHARE)
    if not where.any():
        where = real & (torch.cumsum(real.long(), 1) == 1)
    targets = ids[where]
    inputs = ids.clone()
    roll = torch.rand(ids.shape, generator=rng)
    inputs[where & (roll < 0.8)] = wordpiece.MASK
    swap = where & (roll >= 0.8) & (roll < 0.9)
    inputs[swap] = torch.randint(len(wordpiece.SPECIALS), vocab_size, (int(swap.sum()),), generator=rng)
    return inputs, where, targets


def pretrain(texts, tok, steps, seed, log, hidden=192, layers=2):
    """An Encoder whose embeddings and layers learnt to fill in masked words of `texts`."""
    train_mod.seed_all(seed)
    rng = torch.Generator().manual_seed(seed)
    seqs = [tok.encode(t) for t in texts]
    config = Config(len(tok.vocab), hidden=hidden, layers=layers, intermediate=hidden * 4, max_positions=tok.max_length)
    encoder = Encoder(config)
    model = MaskedLM(encoder, config)
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    warm = max(1, int(steps * WARMUP))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    loss_fn = nn.CrossEntropyLoss()
    step, start = 0, time.time()
    model.train()
    while step < steps:
        order = list(range(len(seqs)))
        random.shuffle(order)
        for batch in train_mod.batches(seqs, order, BATCH):
            ids, mask, types = train_mod.tensors([seqs[j] for j in batch])
            inputs, where, targets = mask_tokens(ids, mask, config.vocab_size, rng)
            loss = loss_fn(model(inputs, mask, types, where), targets)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 200 == 0:
                log(f"pre-training step {step}/{steps} loss {loss.item():.3f} {step / (time.time() - start):.1f} steps/s")
            if step >= steps:
                break
    encoder.eval()
    return encoder.state_dict(), config


def steps_for(n_texts, passes):
    return math.ceil(n_texts * passes / BATCH)


def vocabulary_and_encoder(data, seed, passes, log, exclude=lambda source: False, vocab_size=8000, max_length=128):
    """The recipe's first half: the WordPiece vocabulary from the pre-training corpus (it holds
    every labelled text's source and more), then `passes` passes of masked-language-model
    pre-training over it. passes=0: the vocabulary only, and training starts from random weights."""
    texts = [text for _, text in corpus(data, seed, exclude)]
    tok = wordpiece.WordPiece(wordpiece.build_vocab(wordpiece.word_counts(texts), vocab_size), max_length)
    log(f"pre-training corpus: {len(texts)} texts; vocabulary: {len(tok.vocab)} tokens")
    if passes == 0:
        return tok, None
    state, _ = pretrain(texts, tok, steps_for(len(texts), passes), seed, log)
    return tok, state
