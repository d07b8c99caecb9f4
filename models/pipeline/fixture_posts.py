"""Ordinary posts from other platforms, for a flag-rate check: the Bluesky, Mastodon and Reddit
threads in ../shared/fixtures (read in place). None of them trained or tuned the model.

    make -C models other-platforms
    = fixture_posts.py > work/other-platforms.jsonl
      threadlens classify work/other-platforms.jsonl > work/other-platforms.scores.jsonl
      fixture_posts.py --count work/other-platforms.jsonl work/other-platforms.scores.jsonl

A small sample (a few hundred posts from three threads): it can show a head misfiring on other
platforms' style, not measure a rate precisely.
"""

import html
import json
import os
import sys
from html.parser import HTMLParser

FIXTURES = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures"))


class _Text(HTMLParser):
    """Text of an HTML fragment, or of every old-Reddit comment body (`div.md`) in a page."""

    def __init__(self, only_md):
        super().__init__()
        self.only_md = only_md
        self.depth = 0 if only_md else 1
        self.parts, self.posts = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "div" and self.only_md:
            if self.depth:
                self.depth += 1
            elif "md" in (dict(attrs).get("class") or "").split():
                self.depth = 1
        if tag in ("p", "br") and self.depth:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "div" and self.only_md and self.depth:
            self.depth -= 1
            if self.depth == 0:
                self.posts.append("".join(self.parts).strip())
                self.parts = []

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def _html_text(fragment):
    parser = _Text(only_md=False)
    parser.feed(fragment)
    return "".join(parser.parts).strip()


def posts():
    out = []

    def walk(node):
        if "post" in node:
            out.append(("bluesky", node["post"]["record"].get("text", "")))
        for reply in node.get("replies") or []:
            walk(reply)

    with open(f"{FIXTURES}/bluesky-api/get-post-thread-letterboxd.json", encoding="utf-8") as f:
        walk(json.load(f)["thread"])
    with open(f"{FIXTURES}/mastodon-api/status-context-59-replies.json", encoding="utf-8") as f:
        context = json.load(f)
    for status in context.get("ancestors", []) + context.get("descendants", []):
        out.append(("mastodon", _html_text(status.get("content", ""))))
    parser = _Text(only_md=True)
    with open(f"{FIXTURES}/reddit/old-reddit-thread-2018.html", encoding="utf-8") as f:
        parser.feed(f.read())
    out.extend(("reddit", html.unescape(text)) for text in parser.posts)
    return [(platform, text) for platform, text in out if text]


def count(posts_path, scores_path):
    with open(posts_path, encoding="utf-8") as f:
        platforms = [json.loads(line)["platform"] for line in f if line.strip()]
    with open(scores_path, encoding="utf-8") as f:
        results = [json.loads(line) for line in f if line.strip()]
    summary = {}
    for platform, result in zip(platforms, results):
        entry = summary.setdefault(platform, {"posts": 0, "flagged": 0, "by_label": {}})
        entry["posts"] += 1
        flagged = result.get("flagged", [])
        entry["flagged"] += bool(flagged)
        for label in flagged:
            entry["by_label"][label] = entry["by_label"].get(label, 0) + 1
    total = {"posts": sum(e["posts"] for e in summary.values()), "flagged": sum(e["flagged"] for e in summary.values())}
    print(json.dumps({"by_platform": summary, "total": total}, indent=1))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--count"]:
        count(sys.argv[2], sys.argv[3])
    else:
        for platform, text in posts():
            print(json.dumps({"platform": platform, "text": text}, ensure_ascii=False))
