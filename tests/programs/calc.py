# Tokenizer, recursive-descent parser and evaluator for a small expression language.
import math


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"


class CalcError(Exception):
    pass


class LexError(CalcError):
    pass


class ParseError(CalcError):
    def __init__(self, msg, tok):
        super().__init__(f"{msg} at position {tok.pos} (got {tok.text or 'end'!r})")
        self.token = tok


OPERATORS = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", ",", "=", "<", ">"]


def tokenize(src):
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            j = i
            while j < n and (src[j].isdigit() or src[j] in "._"):
                j += 1
            if j < n and src[j] in "eE":
                j += 1
                if j < n and src[j] in "+-":
                    j += 1
                while j < n and src[j].isdigit():
                    j += 1
            text = src[i:j]
            kind = "FLOAT" if any(ch in text for ch in ".eE") else "INT"
            yield Token(kind, text, i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("NAME", src[i:j], i)
            i = j
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    yield Token("OP", op, i)
                    i += len(op)
                    break
            else:
                raise LexError(f"unexpected character {c!r} at position {i}")
    yield Token("END", "", n)


# AST nodes as tuples: ("num", v) ("var", name) ("bin", op, l, r) ("neg", e) ("call", f, args)
# ("assign", name, e) ("cond", c, a, b)

class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def accept(self, *texts):
        if self.tok.kind == "OP" and self.tok.text in texts:
            return self.advance()
        return None

    def expect(self, text):
        if not self.accept(text):
            raise ParseError(f"expected {text!r}", self.tok)

    def parse(self):
        node = self.statement()
        if self.tok.kind != "END":
            raise ParseError("trailing input", self.tok)
        return node

    def statement(self):
        if self.tok.kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.advance().text
            self.advance()
            return ("assign", name, self.statement())
        return self.conditional()

    def conditional(self):
        node = self.comparison()
        if self.tok.kind == "NAME" and self.tok.text == "if":
            self.advance()
            cond = self.comparison()
            if not (self.tok.kind == "NAME" and self.tok.text == "else"):
                raise ParseError("expected 'else'", self.tok)
            self.advance()
            return ("cond", cond, node, self.conditional())
        return node

    def comparison(self):
        node = self.additive()
        while (op := self.accept("<", ">", "<=", ">=", "==", "!=")):
            node = ("bin", op.text, node, self.additive())
        return node

    def additive(self):
        node = self.term()
        while (op := self.accept("+", "-")):
            node = ("bin", op.text, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while (op := self.accept("*", "/", "//", "%")):
            node = ("bin", op.text, node, self.unary())
        return node

    def unary(self):
        if self.accept("-"):
            return ("neg", self.unary())
        if self.accept("+"):
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.accept("**"):
            return ("bin", "**", base, self.unary())  # right associative
        return base

    def atom(self):
        t = self.tok
        if t.kind == "INT":
            self.advance()
            return ("num", int(t.text))
        if t.kind == "FLOAT":
            self.advance()
            return ("num", float(t.text))
        if t.kind == "NAME":
            self.advance()
            if self.accept("("):
                args = []
                if not self.accept(")"):
                    args.append(self.statement())
                    while self.accept(","):
                        args.append(self.statement())
                    self.expect(")")
                return ("call", t.text, args)
            return ("var", t.text)
        if self.accept("("):
            node = self.statement()
            self.expect(")")
            return node
        raise ParseError("unexpected token", t)


BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b, "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
}

FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "hypot": math.hypot,
         "gcd": math.gcd, "fact": math.factorial, "floor": math.floor, "round": round}


class Evaluator:
    def __init__(self):
        self.env = {"pi": math.pi, "e": math.e}
        self.calls = 0

    def eval(self, node):
        kind, *rest = node
        method = getattr(self, "eval_" + kind)
        return method(*rest)

    def eval_num(self, v):
        return v

    def eval_var(self, name):
        try:
            return self.env[name]
        except KeyError:
            raise CalcError(f"undefined variable {name!r}") from None

    def eval_bin(self, op, l, r):
        return BINOPS[op](self.eval(l), self.eval(r))

    def eval_neg(self, e):
        return -self.eval(e)

    def eval_assign(self, name, e):
        self.env[name] = value = self.eval(e)
        return value

    def eval_cond(self, c, a, b):
        return self.eval(a) if self.eval(c) else self.eval(b)

    def eval_call(self, fname, args):
        self.calls += 1
        if fname not in FUNCS:
            raise CalcError(f"unknown function {fname}()")
        return FUNCS[fname](*[self.eval(a) for a in args])


def show(node):
    kind = node[0]
    if kind == "num":
        return repr(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return f"(-{show(node[1])})"
    if kind == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if kind == "assign":
        return f"{node[1]} := {show(node[2])}"
    if kind == "cond":
        return f"({show(node[2])} if {show(node[1])} else {show(node[3])})"
    return f"{node[1]}({', '.join(map(show, node[2]))})"


ev = Evaluator()
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 7 // 2",
    "y = x * 1.5e1 + .5",
    "x % 3 + y",
    "sqrt(16) + hypot(3, 4)",
    "max(1, x, 2) * min(y, 100)",
    "fact(25)",
    "2 ** 100 // 3",
    "big = fact(30) % 1_000_003",
    "1 if x > 2 else 0",
    "gcd(120, 84) == 12",
    "round(pi, 4) + floor(-e)",
    "10 / 4 - 10 // 4",
    "z = w = 3",
    "z + w",
    "1 / 0",
    "nope + 1",
    "foo(1)",
    "3 +",
    "(1 + 2",
    "2 $ 3",
    "1 if 2",
    "max()",
    "fact(-1)",
    "sqrt(-1)",
]
for src in programs:
    try:
        tree = Parser(src).parse()
        value = ev.eval(tree)
        print(f"{src:<28} {show(tree):<40} => {value!r}")
    except CalcError as err:
        print(f"{src:<28} {type(err).__name__}: {err}")
    except (ZeroDivisionError, ValueError, TypeError) as err:
        print(f"{src:<28} python {type(err).__name__}: {err}")

print(sorted(ev.env.items()))
print("calls:", ev.calls)
print(list(tokenize("a1=3.5e-2*(b_2//4)")))
