# A small spreadsheet: cell references, ranges, formulas with functions, dependency tracking,
# recalculation in topological order, cycle detection, and a formatted grid printout.
import math


class CellError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f"#{self.code}" + (f" ({self.detail})" if self.detail else "")


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def parse_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    if not i or i == len(ref) or not ref[i:].isdigit():
        raise CellError("REF", ref)
    return col_index(ref[:i].upper()), int(ref[i:]) - 1


def expand_range(a, b):
    (c1, r1), (c2, r2) = parse_ref(a), parse_ref(b)
    return [f"{col_name(c)}{r + 1}" for r in range(min(r1, r2), max(r1, r2) + 1)
            for c in range(min(c1, c2), max(c1, c2) + 1)]


FUNCS = {
    "SUM": lambda *a: sum(a),
    "AVG": lambda *a: sum(a) / len(a) if a else (_ for _ in ()).throw(CellError("DIV0", "AVG of nothing")),
    "MIN": min, "MAX": max, "COUNT": lambda *a: len(a),
    "ROUND": lambda x, n=0: round(x, int(n)), "SQRT": math.sqrt, "ABS": abs,
    "IF": lambda c, a, b=0: a if c else b,
}


def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            word = src[i:j].upper()
            if j < len(src) and src[j] == ":":
                k = j + 1
                while k < len(src) and src[k].isalnum():
                    k += 1
                toks.append(("range", (word, src[j + 1:k].upper())))
                j = k
            elif j < len(src) and src[j] == "(":
                toks.append(("func", word))
            else:
                toks.append(("ref", word))
            i = j
        elif src.startswith(("<=", ">=", "<>"), i):
            toks.append(("op", src[i:i + 2]))
            i += 2
        elif c in "+-*/^(),<>=&":
            toks.append(("op", c))
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            toks.append(("str", src[i + 1:j]))
            i = j + 1
        else:
            raise CellError("PARSE", f"bad char {c!r}")
    toks.append(("end", None))
    return toks


class Formula:
    def __init__(self, src):
        self.src = src
        self.toks = tokenize(src)
        self.pos = 0
        self.refs = set()
        self.tree = self.comparison()
        if self.toks[self.pos][0] != "end":
            raise CellError("PARSE", f"trailing {self.toks[self.pos][1]!r}")

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def comparison(self):
        left = self.concat()
        while self.peek() in (("op", "<"), ("op", ">"), ("op", "="), ("op", "<="), ("op", ">="), ("op", "<>")):
            op = self.next()[1]
            left = ("cmp", op, left, self.concat())
        return left

    def concat(self):
        left = self.additive()
        while self.peek() == ("op", "&"):
            self.next()
            left = ("cat", left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.next()[1]
            left = ("bin", op, left, self.factor())
        return left

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.next()
            return ("bin", "^", base, self.factor())
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.next()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, val = self.next()
        if kind in ("num", "str"):
            return ("const", val)
        if kind == "ref":
            parse_ref(val)
            self.refs.add(val)
            return ("ref", val)
        if kind == "range":
            cells = expand_range(*val)
            self.refs.update(cells)
            return ("range", cells)
        if kind == "func":
            if val not in FUNCS:
                raise CellError("NAME", val)
            self.next()
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.comparison())
                while self.peek() == ("op", ","):
                    self.next()
                    args.append(self.comparison())
            if self.next() != ("op", ")"):
                raise CellError("PARSE", "missing )")
            return ("call", val, args)
        if (kind, val) == ("op", "("):
            node = self.comparison()
            if self.next() != ("op", ")"):
                raise CellError("PARSE", "missing )")
            return node
        raise CellError("PARSE", f"unexpected {val!r}")


class Sheet:
    def __init__(self):
        self.raw = {}
        self.formulas = {}
        self.values = {}
        self.dependents = {}
        self.recalcs = 0

    def __setitem__(self, ref, text):
        ref = ref.upper()
        old = self.formulas.pop(ref, None)
        if old is not None and not isinstance(old, CellError):
            for r in old.refs:
                self.dependents.get(r, set()).discard(ref)
        self.raw[ref] = text
        if isinstance(text, str) and text.startswith("="):
            try:
                f = Formula(text[1:])
            except CellError as e:
                self.formulas[ref] = e
            else:
                self.formulas[ref] = f
                for r in f.refs:
                    self.dependents.setdefault(r, set()).add(ref)
        self.recalc(ref)

    def __getitem__(self, ref):
        return self.values.get(ref.upper())

    def affected(self, start):
        order, state = [], {}

        def visit(r):
            if state.get(r) == 1:
                raise CellError("CYCLE", r)
            if state.get(r) == 2:
                return
            state[r] = 1
            for d in sorted(self.dependents.get(r, ())):
                visit(d)
            state[r] = 2
            order.append(r)

        visit(start)
        return order[::-1]

    def recalc(self, start):
        try:
            order = self.affected(start)
        except CellError as e:
            for r in self.cycle_members(start):
                self.values[r] = e
            return
        for r in order:
            self.recalcs += 1
            self.values[r] = self.compute(r)

    def cycle_members(self, start):
        seen, stack = set(), [start]
        while stack:
            r = stack.pop()
            if r not in seen:
                seen.add(r)
                stack.extend(self.dependents.get(r, ()))
        return sorted(seen)

    def compute(self, ref):
        f = self.formulas.get(ref)
        if f is None:
            return self.raw.get(ref)
        if isinstance(f, CellError):
            return f
        try:
            return self.eval(f.tree)
        except CellError as e:
            return e
        except ZeroDivisionError:
            return CellError("DIV0")
        except (TypeError, ValueError) as e:
            return CellError("VALUE", str(e))

    def cell_value(self, r):
        v = self.values.get(r)
        if isinstance(v, CellError):
            raise v
        return 0 if v is None else v

    def eval(self, node):
        kind = node[0]
        if kind == "const":
            return node[1]
        if kind == "ref":
            return self.cell_value(node[1])
        if kind == "range":
            return [self.cell_value(r) for r in node[1] if self.values.get(r) is not None]
        if kind == "neg":
            return -self.eval(node[1])
        if kind == "cat":
            return f"{self.eval(node[1])}{self.eval(node[2])}"
        if kind == "cmp":
            a, b = self.eval(node[2]), self.eval(node[3])
            return {"<": a < b, ">": a > b, "=": a == b, "<=": a <= b, ">=": a >= b, "<>": a != b}[node[1]]
        if kind == "bin":
            a, b = self.eval(node[2]), self.eval(node[3])
            op = node[1]
            return a + b if op == "+" else a - b if op == "-" else a * b if op == "*" else a / b if op == "/" else a ** b
        if kind == "call":
            args = []
            for a in node[2]:
                v = self.eval(a)
                args.extend(v) if isinstance(v, list) else args.append(v)
            return FUNCS[node[1]](*args)
        raise AssertionError(kind)

    def show(self, cols, rows, width=11):
        print("    " + "".join(f"{col_name(c):^{width}}" for c in range(cols)))
        for r in range(rows):
            cells = []
            for c in range(cols):
                v = self.values.get(f"{col_name(c)}{r + 1}")
                if v is None:
                    s = ""
                elif isinstance(v, bool):
                    s = str(v).upper()
                elif isinstance(v, float):
                    s = f"{v:.2f}"
                else:
                    s = str(v)
                cells.append(f"{s[:width - 1]:>{width - 1}} ")
            print(f"{r + 1:>3} " + "".join(cells))


sh = Sheet()
data = [("A1", "item"), ("B1", "qty"), ("C1", "price"), ("D1", "total"),
        ("A2", "apples"), ("B2", 12), ("C2", 0.5), ("A3", "pears"), ("B3", 7), ("C3", 1.25),
        ("A4", "plums"), ("B4", 30), ("C4", 0.2), ("A5", "TOTAL")]
for ref, v in data:
    sh[ref] = v
for r in (2, 3, 4):
    sh[f"D{r}"] = f"=B{r}*C{r}"
sh["D5"] = "=SUM(D2:D4)"
sh["B5"] = "=sum(b2:b4)"
sh["C5"] = "=ROUND(D5/B5, 3)"
sh["E1"] = "big?"
sh["E2"] = '=IF(D2>D3, "yes", "no")'
sh["E3"] = "=MAX(D2:D4) - MIN(D2:D4)"
sh["E4"] = '=A2 & "/" & A3'
sh["E5"] = "=2^3^2 + -B2 * (1 + 1)"
sh.show(5, 5)
print("recalcs so far:", sh.recalcs)
sh["B2"] = 20
print("after B2=20:", sh["D2"], sh["D5"], sh["C5"], sh["E2"], "recalcs:", sh.recalcs)
print("dependents of B2:", sorted(sh.dependents["B2"]), "order:", sh.affected("B2"))

errors = {"F1": "=1/0", "F2": "=F1+1", "F3": "=SQRT(-4)", "F4": "=NOPE(1)", "F5": "=(1+2",
          "F6": "=AVG()", "F7": "=1 $ 2", "F8": "=A1*2", "F9": "=ZZ", "F10": "=Q0+1"}
for ref, text in errors.items():
    sh[ref] = text
    print(f"{ref:>4} {text:<12} -> {sh[ref]!s:<40} {type(sh[ref]).__name__}")

sh["G1"] = "=G2+1"
sh["G2"] = "=G3+1"
sh["G3"] = "=G1+1"
print("cycle:", sh["G1"], sh["G2"], sh["G3"])
sh["G3"] = 5
print("cycle broken:", sh["G1"], sh["G2"], sh["G3"])
print([col_name(i) for i in (0, 25, 26, 27, 51, 52, 701, 702)], [col_index(s) for s in ("A", "Z", "AA", "ZZ", "AAA")])
print(expand_range("B3", "A1"), len(expand_range("A1", "Z100")))
try:
    parse_ref("12")
except CellError as e:
    print(repr(e), e.code, e.args)
