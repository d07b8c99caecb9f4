"""Compares a leave-sources-out result set with the shipped recipe's, by the adoption rule of
EXPERIMENTS.md: mean held-out AUC (against unseen ordinary posts) per head over the runs' tests,
and the unseen-ordinary flag rate of every run.

    /usr/bin/python3 models/pipeline/loso_compare.py models/work/loso.json models/work/loso-<tag>.json
"""

import json
import sys

HEADS = ("inauthentic", "toxic", "machine_generated")
WORSE = 0.02
FLAG_LIMIT = 0.05


def means(result):
    scores = {head: [] for head in HEADS}
    for run in result.values():
        for test in run["tests"]:
            scores[test["label"]].append(test["auc_vs_unseen_ordinary"])
    return {head: sum(v) / len(v) for head, v in scores.items() if v}


def describe(path, result):
    print(f"== {path}")
    for name in sorted(result):
        run = result[name]
        cells = []
        for t in run["tests"]:
            same = t.get("auc_vs_same_source_negatives")
            cells.append(
                f"{t['label']} {t['auc_vs_unseen_ordinary']:.3f}"
                + (f" (own negatives {same:.3f})" if same is not None else "")
                + f" recall {t['recall_at_threshold'] * 100:.1f}%"
            )
        print(f"  {name}: flagged {run['unseen_ordinary_flag_rate'] * 100:.1f}%, cuts {run['thresholds']}; " + "; ".join(cells))
    print("  mean AUC: " + ", ".join(f"{h} {m:.3f}" for h, m in means(result).items()))


def main():
    paths = sys.argv[1:]
    results = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            results.append(json.load(f))
        describe(path, results[-1])
    base = means(results[0])
    for path, result in zip(paths[1:], results[1:]):
        new = means(result)
        better = [h for h in HEADS if new[h] > base[h]]
        worse = [h for h in HEADS if new[h] < base[h] - WORSE]
        flags_ok = all(run["unseen_ordinary_flag_rate"] < FLAG_LIMIT for run in result.values())
        passes = len(better) >= 2 and not worse and flags_ok and set(result) == set(results[0])
        print(
            f"{path} vs {paths[0]}: better {better}, clearly worse {worse}, "
            f"every run's flag rate under {FLAG_LIMIT:.0%}: {flags_ok} -> {'passes' if passes else 'fails'} the LOSO part of the rule"
        )


if __name__ == "__main__":
    main()
