"""A BERT-base-shaped reference for `threadlens bench` (speed only): 12 layers, hidden 768, 12 heads,
FFN 3072, vocabulary 30,522, 512 positions, the shipped model's own architecture code, randomly
initialised (weights do not change the time a forward pass takes; no pretrained BERT-base can be
downloaded here). Written to models/work/reference-bert-base/ as float and int8 ONNX with the same
export and quantisation as the shipped model. Not shipped, not committed (about 500 MB).

Run from the repository root: /usr/bin/python3 models/pipeline/reference_bert.py
"""

import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from export import export, quantize  # noqa: E402
from model import Config, Encoder  # noqa: E402

OUT = os.path.join("models", "work", "reference-bert-base")


def main():
    torch.manual_seed(0)
    torch.set_num_threads(2)
    config = Config(vocab_size=30522, hidden=768, layers=12, heads=12, intermediate=3072, max_positions=512, labels=4, dropout=0.0)
    model = Encoder(config).eval()
    os.makedirs(OUT, exist_ok=True)
    float_path = os.path.join(OUT, "model.onnx")
    export(model, config, float_path)
    quantize(float_path, os.path.join(OUT, "model_quantized.onnx"))
    for name in ("model.onnx", "model_quantized.onnx"):
        print(f"{os.path.join(OUT, name)}: {os.path.getsize(os.path.join(OUT, name))} bytes")


if __name__ == "__main__":
    main()
