"""Two ways to make the labelled step forget where a text came from (EXPERIMENTS.md, recipe adv).

- SourceAdversary: a head that guesses a training row's dataset from the pooled vector, trained
  through a gradient-reversal layer (Ganin & Lempitsky 2015), so the encoder is pushed to make
  datasets indistinguishable. It also sees the row's known labels: datasets differ in their
  labels too, and only what is left beyond the labels (Davidson vs OLID vs HatEval among toxic
  rows; Sentiment140 vs TweetEval vs TweepFake among ordinary ones; IRA vs UtkML spam) is a
  fingerprint to remove, not the label itself.
- CueScrambler: token-level randomisation of surface cues the sources differ in: punctuation and
  emoji (Sentiment140 has no emoji, TweetEval emoji always has one) and length (IRA and TweepFake
  bots are short); lowercase is already forced by the tokenizer.
"""

import math
import random

import torch
from torch import nn

import wordpiece


class _Reverse(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.scale = scale
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad):
        return -ctx.scale * grad, None


def dataset(source):
    """'davidson:hate' -> 'davidson': sub-classes of one dataset are labels, not fingerprints."""
    return source.split(":")[0]


class SourceAdversary(nn.Module):
    def __init__(self, hidden, labels, datasets):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(hidden + 2 * labels, hidden), nn.ReLU(), nn.Linear(hidden, datasets))

    def forward(self, pooled, labels, weights, scale):
        known = (weights > 0).to(pooled.dtype)
        given = torch.cat([labels * known, (1 - labels) * known], dim=1)
        return self.net(torch.cat([_Reverse.apply(pooled, scale), given], dim=1))


def ramp(progress, top):
    """DANN's schedule: the reversed gradient grows from 0 to `top` as training goes on."""
    return top * (2.0 / (1.0 + math.exp(-10.0 * progress)) - 1.0)


class CueScrambler:
    """Per call, with probability `share` each: drop every punctuation / emoji / symbol token;
    cut the text to a random number of its tokens (at least MIN_TOKENS)."""

    MIN_TOKENS = 4

    def __init__(self, vocab, share):
        self.share = share
        self.symbols = {
            i for i, token in enumerate(vocab)
            if i >= len(wordpiece.SPECIALS) and not any(ch.isalnum() for ch in token.removeprefix(wordpiece.PREFIX))
        }

    def __call__(self, seq):
        ended = seq[-1] == wordpiece.SEP
        body = seq[1:-1] if ended else seq[1:]
        if random.random() < self.share:
            body = [t for t in body if t not in self.symbols] or body
        if random.random() < self.share and len(body) > self.MIN_TOKENS:
            body = body[: random.randint(self.MIN_TOKENS, len(body))]
        return [wordpiece.CLS, *body, *([wordpiece.SEP] if ended else [])]
