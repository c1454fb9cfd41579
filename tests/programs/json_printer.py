# A hand-written JSON-like serializer, pretty printer and parser (no json module).

class EncodeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def quote(s, ascii_only=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 0x7E):
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF)))
            else:
                out.append(f"\\u{cp:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(obj, indent=None, sort_keys=False, level=0, seen=None):
    if seen is None:
        seen = set()
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float):
        if obj != obj:
            return "NaN"
        if obj in (float("inf"), float("-inf")):
            return "Infinity" if obj > 0 else "-Infinity"
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise ValueError("Circular reference detected")
        seen.add(id(obj))
        try:
            pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
            end = "" if indent is None else "\n" + " " * (indent * level)
            sep = ", " if indent is None else ","
            if isinstance(obj, dict):
                if not obj:
                    return "{}"
                items = sorted(obj.items()) if sort_keys else obj.items()
                parts = []
                for k, v in items:
                    if not isinstance(k, str):
                        if isinstance(k, (int, float, bool)) or k is None:
                            k = encode(k)
                        else:
                            raise EncodeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
                    parts.append(pad + quote(k) + ": " + encode(v, indent, sort_keys, level + 1, seen))
                return "{" + sep.join(parts) + end + "}"
            if not obj:
                return "[]"
            return "[" + sep.join(pad + encode(v, indent, sort_keys, level + 1, seen) for v in obj) + end + "]"
        finally:
            seen.discard(id(obj))
    if hasattr(obj, "to_json"):
        return encode(obj.to_json(), indent, sort_keys, level, seen)
    raise EncodeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class DecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def error(self, msg):
        raise DecodeError(msg, self.text, self.pos)

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False),
                          ("NaN", float("nan")), ("Infinity", float("inf"))):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self):
        start = self.pos
        t = self.text
        if t.startswith("-", self.pos):
            self.pos += 1
        while self.pos < len(t) and t[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.pos < len(t) and t[self.pos] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(t) and t[self.pos] in "eE":
            is_float = True
            self.pos += 1
            if t[self.pos] in "+-":
                self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        raw = t[start:self.pos]
        if raw in ("", "-"):
            self.pos = start
            self.error("Expecting value")
        return float(raw) if is_float else int(raw)

    def string(self):
        self.pos += 1
        out = []
        t = self.text
        while True:
            if self.pos >= len(t):
                self.error("Unterminated string")
            ch = t[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = t[self.pos + 1]
                if esc == "u":
                    cp = int(t[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= cp < 0xDC00 and t.startswith("\\u", self.pos):
                        lo = int(t[self.pos + 2:self.pos + 6], 16)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                        self.pos += 6
                    out.append(chr(cp))
                    continue
                mapping = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}
                if esc not in mapping:
                    self.error("Invalid \\escape")
                out.append(mapping[esc])
                self.pos += 2
            else:
                out.append(ch)
                self.pos += 1

    def seq(self, close, item):
        self.pos += 1
        self.ws()
        if self.text.startswith(close, self.pos):
            self.pos += 1
            return
        while True:
            yield item()
            self.ws()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif self.text.startswith(close, self.pos):
                self.pos += 1
                return
            else:
                self.error(f"Expecting ',' delimiter")

    def arr(self):
        return list(self.seq("]", self.value))

    def pair(self):
        self.ws()
        if not self.text.startswith('"', self.pos):
            self.error("Expecting property name enclosed in double quotes")
        k = self.string()
        self.ws()
        if not self.text.startswith(":", self.pos):
            self.error("Expecting ':' delimiter")
        self.pos += 1
        return k, self.value()

    def obj(self):
        return dict(self.seq("}", self.pair))


def decode(text):
    d = Decoder(text)
    v = d.value()
    d.ws()
    if d.pos != len(text):
        d.error("Extra data")
    return v


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def to_json(self):
        return {"type": "point", "xy": [self.x, self.y]}


doc = {
    "name": "glasspy \"test\"\tsuite",
    "version": (3, 11, 0),
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "neg": -1.5e-7,
    "huge": 1e300 * 10,
    "flags": [True, False, None],
    "unicode": "caf\u00e9 \u2603 \U0001F600",
    "nested": {"b": [], "a": {}, "c": [[1, 2], {"k": "v"}]},
    "origin": Point(0, -1),
    7: "int key",
}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2, sort_keys=False))
back = decode(compact)
print(back["unicode"] == doc["unicode"], back["big"] == doc["big"], back["version"], back["7"])
print(sorted(back), type(back["ratio"]).__name__, back["ratio"] == doc["ratio"])
print(encode(decode(encode(back, sort_keys=True)), sort_keys=True) == encode(back, sort_keys=True))
print(encode([1.0, 1e16, 1.5e-5, 123456789.125, -0.0, 1 / 3, float("nan")]))
print(encode(decode('  {"a" : [1, 2.50, -3e2, "x\\u00e9\\ud83d\\ude00\\n"], "b": {"c": null}}  '), indent=4))

loop = [1, 2]
loop.append(loop)
bad_inputs = [{(1, 2): 3}, {1, 2}, loop, object]
for b in bad_inputs:
    try:
        encode(b)
    except (EncodeError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, TypeError))

for text in ['[1, 2', '{"a" 1}', '{1: 2}', '[1,]', '"abc', '[1] x', '', '{"a": [1, 2}\n', '"\\q"']:
    try:
        print(decode(text))
    except DecodeError as e:
        print(f"{text!r:>16} -> {e} (pos={e.pos})")
    except IndexError as e:
        print(f"{text!r:>16} -> IndexError {e}")
