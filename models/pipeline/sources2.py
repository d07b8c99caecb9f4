"""Reads the 22 sources of ../shared/data/raw/SOURCES-2.tsv in place, with their label mappings,
and neutralises each source's known quirks (SOURCES-2.tsv, column notes) so that no source can be
told apart by a mark its collectors left: the text a head learns from, or is tested on, should
differ between sources only in what people (or generators) wrote.

Used two ways:
- `python3 models/pipeline/sources2.py --export FILE.csv`: a capped, deterministic sample of every
  source (columns source, part, label, text) for `threadlens eval --unseen FILE.csv`, which measures
  the shipped model on sources it never saw (MODEL_CARD.md, "Sources never seen").
- `rows(raw)` / `examples(raw)` from data.py: training rows for the next recipe (caps and
  balancing in `examples`; validation holds out whole sources: see `loso_groups`).

Stdlib only (no torch), so the export runs wherever Python does.
"""

import argparse
import csv
import glob
import io
import json
import os
import random
import re
import sys
import zipfile

csv.field_size_limit(10**9)

SEED = 20261202
LABELS = ("inauthentic", "toxic", "machine_generated", "ordinary")


class Row:
    __slots__ = ("source", "part", "label", "text", "language")

    def __init__(self, source, part, label, text, language="en"):
        self.source = source
        # a sub-source (generator, platform, language, file): balancing and tables go by it
        self.part = part
        # one of LABELS: the head this row is a positive of, or "ordinary" (a negative of the
        # heads its source knows: KNOWS below)
        self.label = label
        self.text = text
        self.language = language


# Which heads each source can say something about (others are masked: unknown).
KNOWS = {
    "stormfront_hate_degibert2018": ("toxic",),
    "ethos_mollas2022": ("toxic",),
    "conan_counternarratives": ("toxic",),
    "mlma_hate_ousidhoum2019": ("toxic",),
    "goemotions_reddit": ("inauthentic", "machine_generated"),
    "xlmt_umsab_multilingual_tweets": ("inauthentic", "machine_generated"),
    "fastdetectgpt_mgt_samples": ("machine_generated",),
    "detectrl_mgt": ("machine_generated",),
    "m4_llama2_nonreddit": ("machine_generated",),
    "ira_facebook_ads_2015_2017": ("inauthentic",),
    "youtube_spam_collection_uci": ("inauthentic",),
    "arabic_lowquality_spam_tweets": ("inauthentic",),
    "hatexplain_mbib_processed": ("toxic",),
    "cmsb_callmesexist_mbib_processed": ("toxic",),
    "wikipedia_talk_context_toxicity": ("toxic", "inauthentic"),
    "civil_comments_toxic_spans": ("toxic",),
    "germeval2018_offensive_de": ("toxic",),
    "authormimic_llm_tweets": ("machine_generated",),
    "covid_nlp_tweets_2020": ("inauthentic", "machine_generated"),
    "deceptive_opinion_spam_ott": ("inauthentic",),
    "politicians_tweets_2021_en_es_gr": ("inauthentic", "machine_generated"),
    "tempowic_tweets_2019_2021": ("inauthentic", "machine_generated"),
}

# Ordinary posts of everyday platforms (not forums of one ideology, not counter-speech written by
# NGO staff, not long-form articles): the "ordinary posts from other platforms" that the flag
# rate at the shipped thresholds is measured on.
EVERYDAY = {
    "goemotions_reddit", "tempowic_tweets_2019_2021", "covid_nlp_tweets_2020", "politicians_tweets_2021_en_es_gr",
    "wikipedia_talk_context_toxicity", "youtube_spam_collection_uci", "ethos_mollas2022", "xlmt_umsab_multilingual_tweets",
}

_QMARKS = re.compile(r"\?{2,}")
_SPACES = re.compile(r"\s+")
_MENTION_TOKEN = re.compile(r"MENTION\d+")
_WIKI_MARKUP = re.compile(r"``|''|==+|NEWLINE_TOKEN|TAB_TOKEN")


def _clean(text):
    return _SPACES.sub(" ", text or "").strip()


def neutralise(source, text):
    """Removes a source's known marks (SOURCES-2.tsv notes). The model's own normalisation
    (normalize.py = normalise-for-model.ts) runs after this, at training and inference alike;
    these are fixes for what only one collection did to its text, so they are applied to that
    collection's rows only."""
    if source == "goemotions_reddit":
        # names and religions were replaced by placeholders upstream
        text = text.replace("[NAME]", "@user").replace("[RELIGION]", "religion")
    elif source == "authormimic_llm_tweets":
        # emoji mangled to "????" (30% of LLM rows, 3% of human ones); Mixtral wraps outputs in quotes
        text = _QMARKS.sub(" ", text).strip()
        if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
            text = text[1:-1]
    elif source == "mlma_hate_ousidhoum2019":
        text = text.replace("@url", "http")
    elif source == "cmsb_callmesexist_mbib_processed":
        text = _MENTION_TOKEN.sub("@user", text)
    elif source == "germeval2018_offensive_de":
        text = text.replace("|LBR|", " ")
    elif source == "wikipedia_talk_context_toxicity":
        text = _WIKI_MARKUP.sub(" ", text)
    return _clean(text)


def _drop_prefix(text, words=30):
    # Fast-DetectGPT's machine text continues the first ~30 tokens of its human twin: drop them
    # from both, or the pair shares an opening and the rest is what differs.
    parts = text.split()
    return " ".join(parts[words:]) if len(parts) > words + 10 else ""


def rows(raw):
    """Every labelled row of the SOURCES-2 sources, quirks neutralised; empty texts dropped."""
    out = []

    def add(source, part, label, text, language="en"):
        text = neutralise(source, text)
        if text:
            out.append(Row(source, part, label, text, language))

    r = lambda path, **kw: csv.DictReader(open(os.path.join(raw, path), encoding=kw.pop("encoding", "utf-8"), errors="replace", newline=""), **kw)
    for x in r("stormfront_hate_degibert2018/sentences.csv"):
        label = {"hate": "toxic", "noHate": "ordinary"}.get(x["label"])
        if label:
            add("stormfront_hate_degibert2018", "stormfront", label, x["text"])
    for x in r("ethos_mollas2022/ethos/ethos_data/Ethos_Dataset_Binary.csv", delimiter=";"):
        add("ethos_mollas2022", "ethos", "toxic" if float(x["isHate"]) >= 0.5 else "ordinary", x["comment"])
    d = "conan_counternarratives/"
    for x in r(d + "CONAN/CONAN.csv"):
        lang = {"EN": "en", "FR": "fr", "IT": "it"}.get((x.get("cn_id") or "")[:2], "en")
        add("conan_counternarratives", "conan", "toxic", x["hateSpeech"], lang)
        add("conan_counternarratives", "conan", "ordinary", x["counterSpeech"], lang)
    for x in r(d + "Multitarget-CONAN/Multitarget-CONAN.csv"):
        add("conan_counternarratives", "mt-conan", "toxic", x["HATE_SPEECH"])
        add("conan_counternarratives", "mt-conan", "ordinary", x["COUNTER_NARRATIVE"])
    for x in r(d + "DIALOCONAN/DIALOCONAN.csv"):
        add("conan_counternarratives", "dialoconan", "toxic" if x["type"] == "HS" else "ordinary", x["text"])
    z = zipfile.ZipFile(os.path.join(raw, "mlma_hate_ousidhoum2019/hate_speech_mlma.zip"))
    for name, lang in (("en_dataset_with_stop_words.csv", "en"), ("fr_dataset.csv", "fr"), ("ar_dataset.csv", "ar")):
        for x in csv.DictReader(io.StringIO(z.read("hate_speech_mlma/" + name).decode("utf-8"))):
            add("mlma_hate_ousidhoum2019", "mlma-" + lang, "ordinary" if x["sentiment"] == "normal" else "toxic", x["tweet"], lang)
    for f in sorted(glob.glob(os.path.join(raw, "goemotions_reddit/data/original/*.tsv"))):
        for line in open(f, encoding="utf-8"):
            add("goemotions_reddit", "reddit", "ordinary", line.split("\t")[0])
    langs = {"arabic": "ar", "french": "fr", "german": "de", "hindi": "hi", "italian": "it", "portuguese": "pt", "spanish": "es"}
    for f in sorted(glob.glob(os.path.join(raw, "xlmt_umsab_multilingual_tweets/data/sentiment/*/*_text.txt"))):
        lang = langs[os.path.basename(os.path.dirname(f))]
        for line in open(f, encoding="utf-8"):
            add("xlmt_umsab_multilingual_tweets", "xlmt-" + lang, "ordinary", line, lang)
    for f in sorted(glob.glob(os.path.join(raw, "fastdetectgpt_mgt_samples/*/data/*.raw_data.json"))):
        x = json.load(open(f))
        gen = os.path.basename(f).split(".raw_data")[0].split("_", 1)[-1]
        for t in x["original"]:
            add("fastdetectgpt_mgt_samples", gen, "ordinary", _drop_prefix(t))
        for t in x["sampled"]:
            add("fastdetectgpt_mgt_samples", gen, "machine_generated", _drop_prefix(t))
    for f in sorted(glob.glob(os.path.join(raw, "detectrl_mgt/Benchmark/Benchmark_Data/*/*.json"))):
        part = os.path.basename(f).replace(".json", "")
        for x in json.load(open(f)):
            add("detectrl_mgt", part, "machine_generated" if x["label"] == "llm" else "ordinary", x["text"])
    for f in sorted(glob.glob(os.path.join(raw, "m4_llama2_nonreddit/data/*.jsonl"))):
        part = os.path.basename(f).replace("test_", "").replace("_llama2.jsonl", "")
        lang = {"germanwikipedia": "de", "id-newspaper": "id", "qazh": "zh", "russian": "ru"}.get(part, "en")
        for line in open(f, encoding="utf-8"):
            x = json.loads(line)
            add("m4_llama2_nonreddit", part, "ordinary", x["human_text"], lang)
            add("m4_llama2_nonreddit", part, "machine_generated", x["machine_text"], lang)
    for x in r("ira_facebook_ads_2015_2017/clean/fb_russia_ads_clean.csv"):
        t = x["Ad_Text"]
        if t and t != "NA" and "???" not in t:  # OCR-garbled rows
            add("ira_facebook_ads_2015_2017", "ira-fb-ads", "inauthentic", t)
    for f in sorted(glob.glob(os.path.join(raw, "youtube_spam_collection_uci/data/*.csv"))):
        for x in r(os.path.relpath(f, raw), encoding="utf-8-sig"):
            add("youtube_spam_collection_uci", "youtube", "inauthentic" if x["label"] == "1" else "ordinary", x["CONTENT"])
    d = "arabic_lowquality_spam_tweets/Dataset/"
    for x in r(d + "2018_low-quality Tweets..csv"):
        add("arabic_lowquality_spam_tweets", "arabic-spam", "inauthentic", x["text"], "ar")
    for x in r(d + "RawData_SCAM_Tweet_pt1_2019.txt"):
        add("arabic_lowquality_spam_tweets", "arabic-spam", "inauthentic", x["text"], "ar")
    for x in csv.reader(open(os.path.join(raw, d + "RawData_Scam_Tweet_pt2_2019.txt"), encoding="utf-8-sig", errors="replace")):
        if x:
            add("arabic_lowquality_spam_tweets", "arabic-spam", "inauthentic", x[0], "ar")
    for x in r("hatexplain_mbib_processed/datasets/092_HateXplain/092-HateXplain.csv"):
        label = {"0": "ordinary", "1": "toxic", "2": "toxic"}.get(x["category"])
        if label:
            add("hatexplain_mbib_processed", "hatexplain", label, x["text"])
    for x in r("cmsb_callmesexist_mbib_processed/datasets/107_CMSB/107-cmsb.csv"):
        add("cmsb_callmesexist_mbib_processed", "cmsb", "toxic" if x["label"] == "1" else "ordinary", x["text"])
    for f in ("gc.csv", "gn.csv"):
        for x in r("wikipedia_talk_context_toxicity/data/CAT_LARGE/" + f):
            add("wikipedia_talk_context_toxicity", "wikipedia-talk", "toxic" if x["label"] == "1" else "ordinary", x["text"])
    for x in r("civil_comments_toxic_spans/data/comments.csv"):
        add("civil_comments_toxic_spans", "civil-comments", "toxic", x["comment_text"])
    for f in ("germeval2018.training.txt", "germeval2018.test.txt"):
        for line in open(os.path.join(raw, "germeval2018_offensive_de", f), encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2:
                add("germeval2018_offensive_de", "germeval", "toxic" if p[1] == "OFFENSE" else "ordinary", p[0], "de")
    for f in sorted(glob.glob(os.path.join(raw, "authormimic_llm_tweets/*.csv"))):
        for x in r(os.path.relpath(f, raw)):
            human = x["Author"] == "Human"
            add("authormimic_llm_tweets", "human" if human else x["Author"], "ordinary" if human else "machine_generated", x["Tweet"])
    for x in r("covid_nlp_tweets_2020/Corona_NLP_test.csv", encoding="latin-1"):
        add("covid_nlp_tweets_2020", "covid", "ordinary", x["OriginalTweet"])
    for x in r("deceptive_opinion_spam_ott/deceptive-opinion.csv"):
        add("deceptive_opinion_spam_ott", "ott", "inauthentic" if x["deceptive"] == "deceptive" else "ordinary", x["text"])
    for lang, code in (("en", "en"), ("es", "es"), ("gr", "el")):
        for x in r("politicians_tweets_2021_en_es_gr/data/annotation/%s/%s_combined.csv" % (lang, lang)):
            add("politicians_tweets_2021_en_es_gr", "politicians-" + code, "ordinary", x["full_text"], code)
    for f in ("train", "validation", "trial"):
        for line in open(os.path.join(raw, "tempowic_tweets_2019_2021/data/%s.data.jl" % f), encoding="utf-8"):
            x = json.loads(line)
            add("tempowic_tweets_2019_2021", "tempowic", "ordinary", x["tweet1"]["text"])
            add("tempowic_tweets_2019_2021", "tempowic", "ordinary", x["tweet2"]["text"])
    return out


def dedupe(items):
    """One row per (source, label, text): several sources repeat texts (paraphrase augmentation,
    the 200 AuthorMimic humans in every file)."""
    seen = set()
    out = []
    for x in items:
        key = (x.source, x.label, x.text)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def sample(items, cap, seed=SEED):
    """At most `cap` rows per (source, part, label), drawn by a seeded shuffle, in a stable order."""
    groups = {}
    for x in items:
        groups.setdefault((x.source, x.part, x.label), []).append(x)
    out = []
    for key in sorted(groups):
        group = groups[key]
        random.Random("%d|%s" % (seed, "|".join(key))).shuffle(group)
        out.extend(group[:cap])
    return out


def export(raw, path, cap, keep=None):
    items = sample(dedupe([x for x in rows(raw) if keep is None or x.source in keep]), cap)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "part", "label", "language", "everyday", "text"])
        for x in items:
            w.writerow([x.source, x.part, x.label, x.language, "1" if x.source in EVERYDAY else "0", x.text])
    counts = {}
    for x in items:
        counts.setdefault(x.source, {}).setdefault(x.label, 0)
        counts[x.source][x.label] += 1
    return counts


def main():
    parser = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--raw", default=os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "data", "raw")))
    parser.add_argument("--export", required=True, help="CSV to write (source, part, label, language, everyday, text)")
    parser.add_argument("--cap", type=int, default=400, help="rows per (source, part, label)")
    # only the sources of one LOSO_GROUPS group: each group has its own everyday ordinary source, so
    # a model trained without the group is scored only on rows it never saw
    parser.add_argument("--group", default=None, choices=sorted(LOSO_GROUPS), help="only the sources of this LOSO_GROUPS group")
    args = parser.parse_args()
    keep = None
    if args.group:
        keep = set(LOSO_GROUPS[args.group])
    counts = export(args.raw, args.export, args.cap, keep)
    for source in sorted(counts):
        print(source, counts[source], file=sys.stderr)



# --- training rows (data.py, when SOURCES2 is on) -------------------------------------------------

# At most this many rows per (source, part, label), and per source in all: no source, and no one
# generator or platform inside a source, decides what a label means.
CAP_PART = 1500
CAP_SOURCE = 6000
WEAK = 0.3

# Whole sources held out together in the leave-sources-out runs of the next recipe: each group
# takes out at least one source of positives per head plus an everyday ordinary source, so every
# run is scored on sources it never saw (threadlens eval --unseen on the export of the group).
LOSO_GROUPS = {
    "N1": ("ira_facebook_ads_2015_2017", "civil_comments_toxic_spans", "authormimic_llm_tweets", "goemotions_reddit"),
    "N2": ("youtube_spam_collection_uci", "hatexplain_mbib_processed", "detectrl_mgt", "tempowic_tweets_2019_2021"),
    "N3": ("deceptive_opinion_spam_ott", "stormfront_hate_degibert2018", "fastdetectgpt_mgt_samples", "covid_nlp_tweets_2020"),
}

_MBIB_STRIP = re.compile(r"[^0-9A-Za-z ]+")


def strip_like_mbib(text):
    """What MBIB did to HateXplain and CMSB (every non-alphanumeric character removed). Applied to
    a share of every other source's rows in training, so a stripped text does not say 'MBIB'."""
    return _SPACES.sub(" ", _MBIB_STRIP.sub(" ", text)).strip()


def _known(source, label, everyday):
    """{head: (value, weight)} for one row: positives supervise their head; ordinary rows are
    negatives of the heads their source knows, and weak negatives of toxic (and propaganda) when
    they come from everyday platforms whose toxicity nobody labelled."""
    if label != "ordinary":
        return {label: (1.0, 1.0)}
    known = {head: (0.0, 1.0) for head in KNOWS[source]}
    if everyday:
        known.setdefault("toxic", (0.0, WEAK))
        known.setdefault("propaganda", (0.0, WEAK))
    return known


def training_rows(raw, rng, languages=("en",)):
    """(source name, text, {head: (value, weight)}) for training, capped and balanced; source
    names are "s2:<source>:<part>" so a leave-sources-out run can drop a whole source by prefix.
    Only rows in `languages` (the heads' languages, config.json threadlens.languages)."""
    items = [x for x in dedupe(rows(raw)) if x.language in languages]
    items = sample(items, CAP_PART, seed=rng.randrange(1 << 30))
    by_source = {}
    for x in items:
        by_source.setdefault(x.source, []).append(x)
    out = []
    for source in sorted(by_source):
        group = by_source[source]
        if len(group) > CAP_SOURCE:
            # evenly over the source's parts and labels: round-robin from the shuffled groups
            parts = {}
            for x in group:
                parts.setdefault((x.part, x.label), []).append(x)
            keys = sorted(parts)
            group, i = [], 0
            while len(group) < CAP_SOURCE:
                key = keys[i % len(keys)]
                if parts[key]:
                    group.append(parts[key].pop())
                i += 1
                if not any(parts.values()):
                    break
        for x in group:
            out.append(("s2:%s:%s" % (x.source, x.part), x.text, _known(x.source, x.label, x.source in EVERYDAY)))
    return out


if __name__ == "__main__":
    main()
