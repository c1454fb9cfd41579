# Text statistics: word frequencies, n-grams, str methods, sorting with keys, formatted report.

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.

\tThere were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a fair
face, on the throne of France. Naïve café-goers in Zürich said: «ÉTÉ!»
"""

PUNCT = ",.;:!?\"'«»()-"
table = str.maketrans({c: " " for c in PUNCT})


def words(text):
    return text.translate(table).casefold().split()


ws = words(TEXT)
print("chars:", len(TEXT), "words:", len(ws), "unique:", len(set(ws)), "lines:", len(TEXT.splitlines()))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
width = max(len(w) for w, _ in top)
for rank, (w, n) in enumerate(top, 1):
    bar = "#" * n
    print(f"{rank:>2}. {w:<{width}} {n:>3} {bar}")

by_len = {}
for w in set(ws):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len)[-4:]:
    print(length, sorted(by_len[length]))

bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("hapax count:", sum(1 for n in freq.values() if n == 1))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letters:", "".join(sorted(letters, key=lambda c: (-letters[c], c))))
print("non-ascii letters:", sorted(c for c in letters if not c.isascii()))
vowels = set("aeiou")
print("vowel ratio: {:.3f}".format(sum(letters.get(v, 0) for v in vowels) / sum(letters.values())))

sentences = [s.strip() for s in TEXT.replace("\n", " ").replace("!", ".").split(".") if s.strip()]
print(len(sentences), "sentences; longest has", max(len(s.split()) for s in sentences), "words")
print("capitalized:", sorted({w.strip(PUNCT) for w in TEXT.split() if w[:1].isupper()}))

line = "  The Quick  brown FOX's jump-over\tthe lazy dog  "
print(repr(line.strip()), repr(line.lstrip()), repr(line.rstrip(" g")))
print(line.split(), line.split(" ", 3), line.rsplit(None, 2), line.strip().split("o", -1))
print(line.title(), "|", line.capitalize(), "|", line.swapcase())
print(line.expandtabs(4), "|", line.replace(" ", "", 3), "|", line.count(" "), line.find("the"), line.rfind("the"))
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(6), "-42".zfill(6), "+x".zfill(4))
print("a,b,,c".split(","), "a,b,,c".partition(","), "a,b,,c".rpartition(","), "abc".partition("z"))
print("line1\nline2\r\nline3\r".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "\n".split("\n"))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "hello".index("l"), "hello".rindex("l"))
print("straße".upper(), "ß".casefold(), "ǅ".lower(), "ǆ".title(), "İ".lower().encode(), "ﬁ".upper())
print("x".isidentifier(), "9x".isidentifier(), "_ok".isidentifier(), "٣".isdigit(), "½".isnumeric(), "½".isdecimal())
print("Title Case Here".istitle(), "UPPER1".isupper(), "   ".isspace(), "".isalpha(), "abc123".isalnum())
print("tic-tac-toe".removeprefix("tic-"), "file.tar.gz".removesuffix(".gz"), "-".join("abc"), "".join(reversed("stressed")))
print("{name} is {age}".format_map({"name": "Ann", "age": 7}), "%s=%d" % ("k", 3), "ab" * 3, "abc"[::-1])
print("hello world"[::2], "hello world"[-3:], "hello world"[-100:3], "hello"[1:-1], "hello"[10:], "hello"[4:1:-1])

# Caesar + Vigenere ciphers
def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(s, key, sign=1):
    shifts = [ord(c) - 97 for c in key.lower()]
    it = iter(range(10 ** 9))
    return "".join(chr((ord(c) - 97 + sign * shifts[next(it) % len(shifts)]) % 26 + 97) if c.islower() else c for c in s)


secret = caesar("Attack at Dawn, Zebra!", 3)
print(secret, caesar(secret, -3), caesar("xyz", 29))
v = vigenere("attack at dawn", "lemon")
print(v, vigenere(v, "lemon", -1))

# Word wrap and justify
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    out = []
    for i, ws_ in enumerate(lines):
        if i == len(lines) - 1 or len(ws_) == 1:
            out.append(" ".join(ws_))
            continue
        gaps = len(ws_) - 1
        spaces = width - sum(map(len, ws_))
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (j < r)) for j, w in enumerate(ws_[:-1])) + ws_[-1])
    return out


for l in wrap(" ".join(TEXT.split()[:60]), 48):
    print(f"|{l:<48}|")

anagrams = {}
for w in "listen silent enlist google tinsel inlets banana elgoog stone tones notes onset".split():
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
print(sorted(freq, key=len)[-3:], sorted(freq, key=str.lower)[:5], min(freq, key=lambda w: (len(w), w)))
print(ascii("Zürich «ÉTÉ»"), repr("tab\there"), "é".encode("utf-8"), "snow ☃".encode("ascii", "replace"))
print(ord("€"), chr(8364), hex(ord("😀")), "😀".encode("utf-16-le") if False else len("😀"), "\u03b1")
