"""ONNX export (opset 14) and int8 dynamic quantisation written with the `onnx` package.

Quantisation follows onnxruntime's own dynamic quantiser: each MatMul with a constant weight
becomes DynamicQuantizeLinear(activation) + MatMulInteger(uint8 x int8) + a float rescale,
and the word-embedding table is stored as uint8 and dequantised after the Gather (only the
looked-up rows, not the whole table). Weights get one scale per output column, which keeps
the logits closer to the float model than one scale per tensor. The float model is kept as
well: WebGPU has no MatMulInteger.
"""

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

OPSET = 14


def export(model, config, path):
    ids = torch.ones(2, 8, dtype=torch.long)
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        path,
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "sequence"} for n in ("input_ids", "attention_mask", "token_type_ids")} | {"logits": {0: "batch"}},
        opset_version=OPSET,
        do_constant_folding=True,
    )


def _quantize_matmul(node, weight, prefix):
    """Nodes and initializers that replace a MatMul by x (float) and a constant weight [K, N]."""
    scale = np.maximum(np.abs(weight).max(axis=0), 1e-8) / 127.0
    q = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
    inits = [
        numpy_helper.from_array(q, f"{prefix}_w_q"),
        numpy_helper.from_array(np.array(0, dtype=np.int8), f"{prefix}_w_zp"),
        numpy_helper.from_array(scale.astype(np.float32), f"{prefix}_w_scale"),
    ]
    x = node.input[0]
    nodes = [
        helper.make_node("DynamicQuantizeLinear", [x], [f"{prefix}_x_q", f"{prefix}_x_scale", f"{prefix}_x_zp"], name=f"{prefix}_dql"),
        helper.make_node("MatMulInteger", [f"{prefix}_x_q", f"{prefix}_w_q", f"{prefix}_x_zp", f"{prefix}_w_zp"], [f"{prefix}_y_int"], name=f"{prefix}_mmi"),
        helper.make_node("Cast", [f"{prefix}_y_int"], [f"{prefix}_y"], to=TensorProto.FLOAT, name=f"{prefix}_cast"),
        helper.make_node("Mul", [f"{prefix}_x_scale", f"{prefix}_w_scale"], [f"{prefix}_scale"], name=f"{prefix}_scale_mul"),
        helper.make_node("Mul", [f"{prefix}_y", f"{prefix}_scale"], [node.output[0]], name=f"{prefix}_rescale"),
    ]
    return nodes, inits


def _quantize_gather(node, table, prefix):
    lo, hi = float(min(table.min(), 0.0)), float(max(table.max(), 0.0))
    scale = (hi - lo) / 255.0
    zero = int(round(-lo / scale))
    q = np.clip(np.round(table / scale) + zero, 0, 255).astype(np.uint8)
    inits = [
        numpy_helper.from_array(q, f"{prefix}_q"),
        numpy_helper.from_array(np.array(scale, dtype=np.float32), f"{prefix}_scale"),
        numpy_helper.from_array(np.array(zero, dtype=np.uint8), f"{prefix}_zp"),
    ]
    nodes = [
        helper.make_node("Gather", [f"{prefix}_q", node.input[1]], [f"{prefix}_rows"], axis=0, name=f"{prefix}_gather"),
        helper.make_node("DequantizeLinear", [f"{prefix}_rows", f"{prefix}_scale", f"{prefix}_zp"], [node.output[0]], name=f"{prefix}_dq"),
    ]
    return nodes, inits


def quantize(src, dst, min_table_rows=1000):
    model = onnx.load(src)
    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    new_nodes, new_inits, replaced = [], [], set()
    for i, node in enumerate(graph.node):
        w = weights.get(node.input[1]) if len(node.input) > 1 else None
        if node.op_type == "MatMul" and w is not None and len(w.dims) == 2:
            nodes, inits = _quantize_matmul(node, numpy_helper.to_array(w).astype(np.float32), f"q{i}")
        elif node.op_type == "Gather" and node.input[0] in weights and weights[node.input[0]].dims[0] >= min_table_rows:
            nodes, inits = _quantize_gather(node, numpy_helper.to_array(weights[node.input[0]]), f"q{i}")
        else:
            new_nodes.append(node)
            continue
        new_nodes.extend(nodes)
        new_inits.extend(inits)
        replaced.add(node.input[1] if node.op_type == "MatMul" else node.input[0])
    used = {name for node in new_nodes for name in node.input}
    kept = [init for init in graph.initializer if init.name not in replaced or init.name in used]
    del graph.node[:]
    graph.node.extend(new_nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + new_inits)
    onnx.checker.check_model(model)
    onnx.save(model, dst)
