"""A small BERT-style encoder with a multi-label head, written out so that it exports to plain
ONNX ops (torch's fused TransformerEncoderLayer fast path does not export at opset 14)."""

import math

import torch
from torch import nn


class Config:
    def __init__(self, vocab_size, hidden=192, layers=2, heads=4, intermediate=768, max_positions=128, labels=4, dropout=0.1):
        self.vocab_size = vocab_size
        self.hidden = hidden
        self.layers = layers
        self.heads = heads
        self.intermediate = intermediate
        self.max_positions = max_positions
        self.labels = labels
        self.dropout = dropout


class Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.heads = c.heads
        self.q = nn.Linear(c.hidden, c.hidden)
        self.k = nn.Linear(c.hidden, c.hidden)
        self.v = nn.Linear(c.hidden, c.hidden)
        self.out = nn.Linear(c.hidden, c.hidden)
        self.norm1 = nn.LayerNorm(c.hidden, eps=1e-12)
        self.ff1 = nn.Linear(c.hidden, c.intermediate)
        self.ff2 = nn.Linear(c.intermediate, c.hidden)
        self.norm2 = nn.LayerNorm(c.hidden, eps=1e-12)
        self.drop = nn.Dropout(c.dropout)

    def split(self, x):
        b, s, h = x.shape
        return x.view(b, s, self.heads, h // self.heads).transpose(1, 2)

    def forward(self, x, bias):
        b, s, h = x.shape
        q, k, v = self.split(self.q(x)), self.split(self.k(x)), self.split(self.v(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(h // self.heads) + bias
        context = torch.matmul(self.drop(torch.softmax(scores, dim=-1)), v)
        context = context.transpose(1, 2).reshape(b, s, h)
        x = self.norm1(x + self.drop(self.out(context)))
        return self.norm2(x + self.drop(self.ff2(nn.functional.gelu(self.ff1(x)))))


class Encoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.words = nn.Embedding(c.vocab_size, c.hidden, padding_idx=0)
        self.positions = nn.Embedding(c.max_positions, c.hidden)
        self.types = nn.Embedding(2, c.hidden)
        self.norm = nn.LayerNorm(c.hidden, eps=1e-12)
        self.drop = nn.Dropout(c.dropout)
        self.layers = nn.ModuleList(Layer(c) for _ in range(c.layers))
        self.pool = nn.Linear(c.hidden, c.hidden)
        self.classifier = nn.Linear(c.hidden, c.labels)

    def tokens(self, input_ids, attention_mask, token_type_ids):
        """One vector per token (what masked-language-model pre-training trains)."""
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = self.words(input_ids) + self.positions(positions) + self.types(token_type_ids)
        x = self.drop(self.norm(x))
        mask = attention_mask.unsqueeze(1).unsqueeze(2).to(x.dtype)
        bias = (1.0 - mask) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def pooled(self, input_ids, attention_mask, token_type_ids):
        x = self.tokens(input_ids, attention_mask, token_type_ids)
        # Mean over real tokens rather than [CLS]: steadier for a small model trained from scratch.
        m = attention_mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return torch.tanh(self.pool(pooled))

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.classifier(self.drop(self.pooled(input_ids, attention_mask, token_type_ids)))
