# A tiny compiler from a toy language to bytecode for a stack VM, with an assembler,
# a disassembler, labels, function calls, and a trace of execution.

SOURCE = """
fn fact(n) {
    if n < 2 { return 1; }
    return n * fact(n - 1);
}
fn fib(n) {
    let a = 0; let b = 1;
    while n > 0 { let t = a + b; a = b; b = t; n = n - 1; }
    return a;
}
fn collatz(n) {
    let steps = 0;
    while n != 1 {
        if n % 2 == 0 { n = n / 2; } else { n = 3 * n + 1; }
        steps = steps + 1;
    }
    return steps;
}
print fact(10);
print fib(30);
print collatz(27);
let i = 0;
while i < 5 { print i * i; i = i + 1; }
print fact(25);
"""

KEYWORDS = {"fn", "if", "else", "while", "return", "let", "print"}


def lex(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("num", int(src[i:j]))
            i = j
            continue
        if c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("kw" if word in KEYWORDS else "id", word)
            i = j
            continue
        two = src[i:i + 2]
        if two in ("==", "!=", "<=", ">="):
            yield ("op", two)
            i += 2
            continue
        if c in "+-*/%<>=(){};,":
            yield ("op", c)
            i += 1
            continue
        raise SyntaxError(f"bad char {c!r} at {i}")
    yield ("eof", None)


PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}
OPCODE = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "==": "EQ", "!=": "NE",
          "<": "LT", ">": "GT", "<=": "LE", ">=": "GE"}


class Compiler:
    def __init__(self, tokens):
        self.toks = list(tokens)
        self.pos = 0
        self.code = []
        self.functions = {}
        self.label_count = 0

    def peek(self, k=0):
        return self.toks[self.pos + k]

    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def label(self):
        self.label_count += 1
        return f"L{self.label_count}"

    def emit(self, *ins):
        self.code.append(ins)

    def program(self):
        main = self.label()
        self.emit("JMP", main)
        body = []
        while self.peek()[0] != "eof":
            if self.peek() == ("kw", "fn"):
                self.function()
            else:
                body.append(self.pos)
                self.skip_statement()
        self.emit("LABEL", main)
        for start in body:
            self.pos = start
            self.statement()
        self.emit("HALT")
        return self.code

    def skip_statement(self):
        depth = 0
        while True:
            tok = self.take()
            if tok == ("op", "{"):
                depth += 1
            elif tok == ("op", "}"):
                depth -= 1
                if depth == 0 and self.peek() != ("kw", "else"):
                    return
            elif tok == ("op", ";") and depth == 0:
                return

    def function(self):
        self.take("kw", "fn")
        name = self.take("id")[1]
        self.take("op", "(")
        params = []
        while self.peek() != ("op", ")"):
            params.append(self.take("id")[1])
            if self.peek() == ("op", ","):
                self.take()
        self.take("op", ")")
        self.functions[name] = len(params)
        self.emit("LABEL", "fn_" + name)
        for p in reversed(params):
            self.emit("STORE", p)
        self.block()
        self.emit("PUSH", 0)
        self.emit("RET")

    def block(self):
        self.take("op", "{")
        while self.peek() != ("op", "}"):
            self.statement()
        self.take("op", "}")

    def statement(self):
        tok = self.peek()
        if tok == ("kw", "let") or (tok[0] == "id" and self.peek(1) == ("op", "=")):
            if tok[0] == "kw":
                self.take()
            name = self.take("id")[1]
            self.take("op", "=")
            self.expr()
            self.emit("STORE", name)
            self.take("op", ";")
        elif tok == ("kw", "print"):
            self.take()
            self.expr()
            self.emit("PRINT")
            self.take("op", ";")
        elif tok == ("kw", "return"):
            self.take()
            self.expr()
            self.emit("RET")
            self.take("op", ";")
        elif tok == ("kw", "if"):
            self.take()
            self.expr()
            else_l, end_l = self.label(), self.label()
            self.emit("JZ", else_l)
            self.block()
            self.emit("JMP", end_l)
            self.emit("LABEL", else_l)
            if self.peek() == ("kw", "else"):
                self.take()
                self.block()
            self.emit("LABEL", end_l)
        elif tok == ("kw", "while"):
            self.take()
            top, end = self.label(), self.label()
            self.emit("LABEL", top)
            self.expr()
            self.emit("JZ", end)
            self.block()
            self.emit("JMP", top)
            self.emit("LABEL", end)
        else:
            self.expr()
            self.emit("POP")
            self.take("op", ";")

    def expr(self, min_prec=1):
        self.atom()
        while self.peek()[0] == "op" and PREC.get(self.peek()[1], 0) >= min_prec:
            op = self.take()[1]
            self.expr(PREC[op] + 1)
            self.emit(OPCODE[op])

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            self.emit("PUSH", val)
        elif kind == "id":
            if self.peek() == ("op", "("):
                self.take()
                argc = 0
                while self.peek() != ("op", ")"):
                    self.expr()
                    argc += 1
                    if self.peek() == ("op", ","):
                        self.take()
                self.take("op", ")")
                self.emit("CALL", "fn_" + val, argc)
            else:
                self.emit("LOAD", val)
        elif (kind, val) == ("op", "("):
            self.expr()
            self.take("op", ")")
        elif (kind, val) == ("op", "-"):
            self.emit("PUSH", 0)
            self.atom()
            self.emit("SUB")
        else:
            raise SyntaxError(f"unexpected {val!r}")


def assemble(code):
    labels, out = {}, []
    for ins in code:
        if ins[0] == "LABEL":
            labels[ins[1]] = len(out)
        else:
            out.append(ins)
    return [(op, *(labels.get(a, a) if op in ("JMP", "JZ", "CALL") else a for a in args))
            for op, *args in out], labels


ARITH = {
    "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
    "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "EQ": lambda a, b: int(a == b),
    "NE": lambda a, b: int(a != b), "LT": lambda a, b: int(a < b), "GT": lambda a, b: int(a > b),
    "LE": lambda a, b: int(a <= b), "GE": lambda a, b: int(a >= b),
}


def run(program, out):
    stack, frames = [], [{}]
    returns = []
    pc, steps = 0, 0
    counts = {}
    while True:
        op, *args = program[pc]
        counts[op] = counts.get(op, 0) + 1
        steps += 1
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op == "LOAD":
            stack.append(frames[-1][args[0]])
        elif op == "STORE":
            frames[-1][args[0]] = stack.pop()
        elif op in ARITH:
            b = stack.pop()
            stack[-1] = ARITH[op](stack[-1], b)
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if not stack.pop():
                pc = args[0]
        elif op == "CALL":
            returns.append(pc)
            frames.append({})
            pc = args[0]
        elif op == "RET":
            frames.pop()
            pc = returns.pop()
        elif op == "POP":
            stack.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            return steps, counts
        else:
            raise RuntimeError(f"bad opcode {op}")


comp = Compiler(lex(SOURCE))
code = comp.program()
program, labels = assemble(code)
print(len(code), "instructions,", len(program), "after assembly;", sorted(comp.functions.items()))
print(sorted(labels.items(), key=lambda kv: kv[1])[:6])
for addr, ins in enumerate(program[:14]):
    print(f"{addr:4d}  {ins[0]:<6} {' '.join(map(str, ins[1:]))}")
output = []
steps, counts = run(program, output)
print(output)
print("steps:", steps, "top ops:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
for bad in ["let x = ;", "print 1 +;", "fn f( { }", "print @;"]:
    try:
        Compiler(lex(bad)).program()
    except SyntaxError as e:
        print("SyntaxError:", e)
