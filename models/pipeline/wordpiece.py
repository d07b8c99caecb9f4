"""A WordPiece tokenizer that gives the same ids as transformers.js, and its vocabulary builder.

transformers.js 4.3 (@huggingface/tokenizers 0.2) runs, for a BERT tokenizer.json:
special-token split -> BertNormalizer (clean text, CJK spacing, lowercase, NFD minus Mn)
-> BertPreTokenizer -> WordPiece -> [CLS] A [SEP] -> cut to model_max_length.
Each step below copies what that code does, quirks included (see the comments), rather than
what Hugging Face's Rust tokenizers do: the model runs in transformers.js, so its ids are the
reference. test/unit/classifier/tokenizer-parity.test.ts compares the two on a stress corpus.
Pure Python, no third-party imports.
"""

import heapq
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
PAD, UNK, CLS, SEP, MASK = range(5)
MAX_INPUT_CHARS_PER_WORD = 100
PREFIX = "##"

# JavaScript's \s, which transformers.js uses for whitespace.
JS_SPACE = set("\t\n\x0b\x0c\r \xa0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") | {
    chr(c) for c in range(0x2000, 0x200B)
}
ASCII_PUNCT = {chr(c) for r in ((0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)) for c in range(r[0], r[1] + 1)}


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs")


def _is_cjk_unit(cp):
    # transformers.js walks UTF-16 code units here, so characters outside the BMP
    # (surrogate pairs) are never spaced: only the BMP ranges can match.
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def _is_punct(ch):
    return ch in ASCII_PUNCT or unicodedata.category(ch).startswith("P")


def bert_normalize(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            continue
        if ch in JS_SPACE:
            out.append(" ")
        elif _is_cjk_unit(cp):
            out.append(" " + ch + " ")
        else:
            out.append(ch)
    text = "".join(out).lower()
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def pre_tokenize(text):
    """Runs of neither space nor punctuation, and single punctuation characters."""
    words, current = [], []
    for ch in text:
        if ch in JS_SPACE:
            if current:
                words.append("".join(current))
                current = []
        elif _is_punct(ch):
            if current:
                words.append("".join(current))
                current = []
            words.append(ch)
        else:
            current.append(ch)
    if current:
        words.append("".join(current))
    return words


def split_specials(text):
    """Cuts out literal special tokens ("[SEP]" typed in a post), as transformers.js does before normalising."""
    sections, start, i = [], 0, 0
    while i < len(text):
        hit = next((s for s in SPECIALS if text.startswith(s, i)), None)
        if hit is None:
            i += 1
            continue
        if i > start:
            sections.append(text[start:i])
        sections.append(hit)
        i += len(hit)
        start = i
    if start < len(text):
        sections.append(text[start:])
    return sections


class WordPiece:
    def __init__(self, vocab, max_length):
        self.vocab = list(vocab)
        self.ids = {token: i for i, token in enumerate(self.vocab)}
        self.max_length = max_length

    def word_ids(self, word):
        chars = list(word)
        if len(chars) > MAX_INPUT_CHARS_PER_WORD:
            return [UNK]
        pieces, start = [], 0
        while start < len(chars):
            end, found = len(chars), None
            while start < end:
                piece = "".join(chars[start:end])
                if start > 0:
                    piece = PREFIX + piece
                if piece in self.ids:
                    found = self.ids[piece]
                    break
                end -= 1
            if found is None:
                return [UNK]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text):
        ids = [CLS]
        for section in split_specials(text):
            if section in SPECIALS:
                ids.append(self.ids[section])
                continue
            for word in pre_tokenize(bert_normalize(section)):
                ids.extend(self.word_ids(word))
        ids.append(SEP)
        # transformers.js cuts after adding [CLS]/[SEP], so a long text loses its [SEP].
        return ids[: self.max_length]


def word_counts(texts):
    counts = Counter()
    for text in texts:
        for section in split_specials(text):
            if section not in SPECIALS:
                counts.update(pre_tokenize(bert_normalize(section)))
    return counts


def build_vocab(counts, size, min_char_count=3):
    """WordPiece vocabulary by BPE merges over word counts, as Hugging Face's WordPiece trainer does.

    Deterministic: ties go to the lexically smallest pair.
    """
    char_counts = Counter()
    for word, n in counts.items():
        for i, ch in enumerate(word):
            char_counts[ch if i == 0 else PREFIX + ch] += n
    alphabet = sorted(c for c, n in char_counts.items() if n >= min_char_count)
    vocab = SPECIALS + alphabet
    known = set(vocab)
    words, freqs = [], []
    for word, n in sorted(counts.items()):
        if len(word) > MAX_INPUT_CHARS_PER_WORD or n < 2:
            continue
        symbols = [ch if i == 0 else PREFIX + ch for i, ch in enumerate(word)]
        if all(s in known for s in symbols):
            words.append(symbols)
            freqs.append(n)
    pair_counts = Counter()
    where = defaultdict(set)
    for w, symbols in enumerate(words):
        for pair in zip(symbols, symbols[1:]):
            pair_counts[pair] += freqs[w]
            where[pair].add(w)
    heap = [(-n, pair) for pair, n in pair_counts.items()]
    heapq.heapify(heap)
    while len(vocab) < size and heap:
        n, pair = heapq.heappop(heap)
        if pair_counts.get(pair, 0) != -n or n == 0:
            continue
        a, b = pair
        merged = a + b[len(PREFIX):]
        if merged not in known:
            vocab.append(merged)
            known.add(merged)
        changed = set()
        for w in sorted(where.pop(pair, ())):
            old = words[w]
            for p in zip(old, old[1:]):
                pair_counts[p] -= freqs[w]
                changed.add(p)
            new, i = [], 0
            while i < len(old):
                if i + 1 < len(old) and old[i] == a and old[i + 1] == b:
                    new.append(merged)
                    i += 2
                else:
                    new.append(old[i])
                    i += 1
            words[w] = new
            for p in zip(new, new[1:]):
                pair_counts[p] += freqs[w]
                where[p].add(w)
                changed.add(p)
        pair_counts.pop(pair, None)
        for p in changed:
            if pair_counts.get(p, 0) > 0:
                heapq.heappush(heap, (-pair_counts[p], p))
    return vocab


def tokenizer_json(vocab, max_length):
    """The Hugging Face tokenizer.json of a BertTokenizerFast with this vocabulary."""
    added = [
        {"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True}
        for i, t in enumerate(SPECIALS)
    ]
    return {
        "version": "1.0",
        "truncation": {"direction": "Right", "max_length": max_length, "strategy": "LongestFirst", "stride": 0},
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True, "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [
                {"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                {"Sequence": {"id": "A", "type_id": 0}},
                {"SpecialToken": {"id": "[SEP]", "type_id": 0}},
                {"Sequence": {"id": "B", "type_id": 1}},
                {"SpecialToken": {"id": "[SEP]", "type_id": 1}},
            ],
            "special_tokens": {t: {"id": t, "ids": [SPECIALS.index(t)], "tokens": [t]} for t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": PREFIX, "cleanup": True},
        "model": {
            "type": "WordPiece",
            "unk_token": "[UNK]",
            "continuing_subword_prefix": PREFIX,
            "max_input_chars_per_word": MAX_INPUT_CHARS_PER_WORD,
            "vocab": {t: i for i, t in enumerate(vocab)},
        },
    }


def tokenizer_config(max_length):
    return {
        "tokenizer_class": "BertTokenizer",
        "model_max_length": max_length,
        "do_lower_case": True,
        "strip_accents": None,
        "tokenize_chinese_chars": True,
        "clean_up_tokenization_spaces": True,
        "unk_token": "[UNK]",
        "sep_token": "[SEP]",
        "pad_token": "[PAD]",
        "cls_token": "[CLS]",
        "mask_token": "[MASK]",
    }


def load(model_dir):
    with open(f"{model_dir}/tokenizer.json", encoding="utf-8") as f:
        vocab_map = json.load(f)["model"]["vocab"]
    with open(f"{model_dir}/tokenizer_config.json", encoding="utf-8") as f:
        max_length = json.load(f)["model_max_length"]
    vocab = sorted(vocab_map, key=vocab_map.get)
    return WordPiece(vocab, max_length)


def main():
    """`wordpiece.py MODEL_DIR`: reads JSON strings, one a line, writes their ids as JSON arrays.
    `wordpiece.py --build OUT_DIR SIZE MAX_LENGTH`: builds a tokenizer folder from the strings
    instead (the parity test makes one that covers every script of its corpus)."""
    texts = [json.loads(line) for line in sys.stdin.buffer.read().decode("utf-8").split("\n") if line]
    if sys.argv[1] == "--build":
        out, size, max_length = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        os.makedirs(out, exist_ok=True)
        vocab = build_vocab(word_counts(texts), size, min_char_count=1)
        with open(f"{out}/tokenizer.json", "w", encoding="utf-8") as f:
            json.dump(tokenizer_json(vocab, max_length), f, ensure_ascii=False)
        with open(f"{out}/tokenizer_config.json", "w", encoding="utf-8") as f:
            json.dump(tokenizer_config(max_length), f)
        return
    tok = load(sys.argv[1])
    for text in texts:
        sys.stdout.write(json.dumps(tok.encode(text)) + "\n")


if __name__ == "__main__":
    main()
