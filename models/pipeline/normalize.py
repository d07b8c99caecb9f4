"""Text normalisation applied before tokenising, at training and at inference.

Twin of src/classifier/normalise-for-model.ts: the two must give byte-identical output
(test/unit/classifier/normalise-for-model-parity.test.ts runs both on a stress corpus).
Every pattern is spelled out with explicit ASCII or code-point classes, never
\\w, \\s, \\b or re.IGNORECASE, because Python's and JavaScript's meanings of
those differ outside ASCII.

Why each step exists: the training sources mark the same things differently
(`@USER` vs `@user` vs real handles, `URL` vs t.co links, `&amp;`, `<U+1F602>`,
`RT @x:` prefixes, hashtags in one source and not in another), and a model
trained on the raw text learns which dataset a post came from rather than what
it says (../shared/data/README.md, "What a first straightforward model learned").
Pure Python, no third-party imports: CI runs it for the parity test.
"""

import re
import sys
import json

# Inputs are clipped first so that a 100,000-character post costs no more than
# a long one; 8,192 code points is far beyond what the 128-token model sees.
MAX_CODE_POINTS = 8192

# JavaScript's \s, plus NEL and the C0 separators Python counts as space.
WS = "\t\n\x0b\x0c\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
WORD = "A-Za-z0-9_"

UNICODE_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")
ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);")
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0"}
RETWEET = re.compile(r"(?<![" + WORD + r"])RT @[" + WORD + r"]+:?")
URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.|pic\.twitter\.com/)[^" + WS + r"]*")
URL_WORD = re.compile(r"(?<![" + WORD + r"])URL(?![" + WORD + r"])")
MENTION = re.compile(r"(?<![" + WORD + r"])@[" + WORD + r"]+")
HASH = re.compile(r"#(?=[^" + WS + r"#])")
SPACES = re.compile(r"[" + WS + r"]+")
LEADING_MENTIONS = re.compile(r"^(?:@user ?)+")
MENTION_RUN = re.compile(r"@user(?: @user)+")
LINK_RUN = re.compile(r"http(?: http)+")
CHAR_RUN = re.compile(r"(.)\1{3,}", re.DOTALL)


def _code_point(value):
    """The character for a code point, or None where it is not a scalar value."""
    if value <= 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return None
    return chr(value)


def _unescape_unicode(match):
    char = _code_point(int(match.group(1), 16))
    return match.group(0) if char is None else char


def _unescape_entity(match):
    name = match.group(1)
    if name in NAMED:
        return NAMED[name]
    digits = name[2:] if name[1] in "xX" else name[1:]
    char = _code_point(int(digits, 16 if name[1] in "xX" else 10))
    return match.group(0) if char is None else char


def normalize(text):
    text = text[:MAX_CODE_POINTS]
    text = UNICODE_ESCAPE.sub(_unescape_unicode, text)
    # Twice, because some sources escaped twice (`&amp;amp;`, `&amp;#8220;`).
    text = ENTITY.sub(_unescape_entity, text)
    text = ENTITY.sub(_unescape_entity, text)
    text = RETWEET.sub("", text)
    text = URL.sub("http", text)
    text = URL_WORD.sub("http", text)
    text = MENTION.sub("@user", text)
    # Hashtag words stay, the sign goes: hashtag presence alone told one source from another.
    text = HASH.sub("", text)
    text = SPACES.sub(" ", text).strip(" ")
    # Reply handles at the start exist on Twitter only; other platforms keep them out of the text.
    text = LEADING_MENTIONS.sub("", text)
    text = MENTION_RUN.sub("@user", text)
    text = LINK_RUN.sub("http", text)
    text = CHAR_RUN.sub(lambda m: m.group(1) * 3, text)
    return text.strip(" ")


def main():
    """Reads JSON strings, one a line, and writes their normalised forms the same way."""
    out = []
    for line in sys.stdin.buffer.read().decode("utf-8").split("\n"):
        if line:
            out.append(json.dumps(normalize(json.loads(line)), ensure_ascii=True))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
