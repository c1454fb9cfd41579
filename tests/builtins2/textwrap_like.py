def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines
txt = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! Ünïcödé wörds tôo."
for w in (10, 20, 35):
    print(f"--- {w}")
    for line in wrap(txt, w):
        print(f"|{line:<{w}}|", f"|{line:^{w}}|", f"|{line:>{w}}|")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar(txt, 3)
print(enc)
print(caesar(enc, -3) == txt)
print(txt.title().swapcase()[:30], txt.count("o"), txt.upper().split(".")[1].strip())
