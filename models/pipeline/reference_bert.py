"""A BERT-base-shaped reference for `threadlens bench` (speed only): 12 layers, hidden 768, 12 heads,
FFN 3072, vocabulary 30,522, 512 positions, the shipped model's own architecture code, randomly
initialised (weights do not change the time a forward pass takes; no pretrained BERT-base can be
downloaded here). Written to OUT_DIR as int8 ONNX (model_quantized.onnx, about 110 MB) with the
same export and quantisation as the shipped model; the float export (about 440 MB) is only a step
and is deleted. Not shipped, not committed.

`threadlens bench` runs it when the reference is missing, into its cache folder
(tools/bench/reference-model.ts). By hand, from the repository root:
    /usr/bin/python3 models/pipeline/reference_bert.py OUT_DIR
"""

import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from export import export, quantize  # noqa: E402
from model import Config, Encoder  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: reference_bert.py OUT_DIR")
    out = sys.argv[1]
    torch.manual_seed(0)
    torch.set_num_threads(2)
    config = Config(vocab_size=30522, hidden=768, layers=12, heads=12, intermediate=3072, max_positions=512, labels=4, dropout=0.0)
    model = Encoder(config).eval()
    os.makedirs(out, exist_ok=True)
    float_path = os.path.join(out, "model.onnx")
    quantized_path = os.path.join(out, "model_quantized.onnx")
    export(model, config, float_path)
    quantize(float_path, quantized_path)
    os.remove(float_path)
    print(f"{quantized_path}: {os.path.getsize(quantized_path)} bytes")


if __name__ == "__main__":
    main()
