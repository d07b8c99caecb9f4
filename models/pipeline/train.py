"""Training, prediction, metrics and thresholds, shared by build.py and loso.py."""

import math
import random
import re
import time

import torch

import adversary as adversary_mod
from model import Config, Encoder

BATCH = 64
LR = 5e-4
WARMUP = 0.06
# Links and handles are markers some sources have and others lack: half the time a training
# text loses them, so their presence cannot stand in for a label.
MARKERS = re.compile(r"(?:(?<= )|^)(?:http|@user)(?: |$)")
# Flag rate on ordinary posts each label may reach; four labels together stay under about 3%.
TARGET_FPR = 0.0075


def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def batches(seqs, order, batch):
    """Batches of similar length (sorted within chunks of 50 batches) to save padding."""
    chunk = batch * 50
    for i in range(0, len(order), chunk):
        part = sorted(order[i : i + chunk], key=lambda j: len(seqs[j]))
        groups = [part[k : k + batch] for k in range(0, len(part), batch)]
        random.shuffle(groups)
        yield from groups


def tensors(seqs):
    width = max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), width, dtype=torch.long)
    mask = torch.zeros(len(seqs), width, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    return ids, mask, torch.zeros_like(ids)


def train(examples, tok, epochs, seed, log, hidden=192, layers=2, init=None, lr=LR, adversary=0.0, scramble=0.0):
    """init: a pre-trained Encoder state (pretrain.py) to start from instead of random weights.
    adversary: top weight of the reversed gradient of a dataset-guessing head (0: none);
    scramble: share of rows whose punctuation / emoji are dropped and, independently, whose
    length is cut (adversary.py)."""
    seed_all(seed)
    plain = [tok.encode(ex.text) for ex in examples]
    bare = [tok.encode(MARKERS.sub(" ", ex.text).strip(" ")) for ex in examples]
    labels = torch.tensor([ex.labels for ex in examples])
    weights = torch.tensor([ex.weights for ex in examples])
    config = Config(len(tok.vocab), hidden=hidden, layers=layers, intermediate=hidden * 4, max_positions=tok.max_length)
    model = Encoder(config)
    if init is not None:
        model.load_state_dict(init)
    names = sorted({adversary_mod.dataset(ex.source) for ex in examples})
    sources = torch.tensor([names.index(adversary_mod.dataset(ex.source)) for ex in examples])
    # Made only when used: creating it draws from the seeded generator and would change the
    # dropout masks (and so the weights) of the recipe without it.
    guesser = adversary_mod.SourceAdversary(hidden, config.labels, len(names)) if adversary else None
    scrambler = adversary_mod.CueScrambler(tok.vocab, scramble) if scramble else (lambda seq: seq)
    steps = epochs * math.ceil(len(examples) / BATCH)
    params = list(model.parameters()) + (list(guesser.parameters()) if guesser else [])
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    warm = max(1, int(steps * WARMUP))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    step, start = 0, time.time()
    model.train()
    for epoch in range(epochs):
        order = list(range(len(examples)))
        random.shuffle(order)
        for batch in batches(plain, order, BATCH):
            seqs = [scrambler(bare[j] if random.random() < 0.5 else plain[j]) for j in batch]
            ids, mask, types = tensors(seqs)
            w, y = weights[batch], labels[batch]
            pooled = model.pooled(ids, mask, types)
            loss = (loss_fn(model.classifier(model.drop(pooled)), y) * w).sum() / w.sum().clamp(min=1.0)
            if guesser:
                guess = guesser(pooled, y, w, adversary_mod.ramp(step / steps, adversary))
                loss = loss + torch.nn.functional.cross_entropy(guess, sources[batch])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 200 == 0:
                log(f"epoch {epoch} step {step}/{steps} loss {loss.item():.4f} {step / (time.time() - start):.1f} steps/s")
    model.eval()
    return model, config


@torch.no_grad()
def predict(model, tok, texts, batch=256):
    """Sigmoid scores, one row of four per text, in input order."""
    seqs = [tok.encode(t) for t in texts]
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = [None] * len(seqs)
    for k in range(0, len(order), batch):
        idx = order[k : k + batch]
        probs = torch.sigmoid(model(*tensors([seqs[i] for i in idx]))).tolist()
        for i, p in zip(idx, probs):
            out[i] = p
    return out


def auc(pos, neg):
    """Area under the ROC curve (ties count half), or None without both classes."""
    if not pos or not neg:
        return None
    ranked = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid = (i + j + 1) / 2
        rank_sum += mid * sum(1 for k in range(i, j) if ranked[k][1] == 1)
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def thresholds(scores, target=TARGET_FPR):
    """Per label, the lowest cut (at least 0.5) flagging at most `target` of these ordinary posts."""
    out = []
    for j in range(len(scores[0])):
        column = sorted(s[j] for s in scores)
        allowed = int(len(column) * target)
        cut = column[len(column) - allowed - 1] if allowed < len(column) else 0.0
        out.append(max(0.5, math.ceil(cut * 1000 + 1e-9) / 1000))
    return out


def flag_rate(scores, cuts):
    return sum(1 for s in scores if any(v >= c for v, c in zip(s, cuts))) / max(1, len(scores))
