# Bank simulation: custom exception hierarchy, context managers, transactions, audit log.
import sys


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f"{self.account.owner} cannot withdraw {self.amount}: balance is {self.account.balance}"


class AccountFrozen(BankError):
    pass


class LimitExceeded(BankError):
    def __init__(self, msg, *, limit):
        super().__init__(msg)
        self.limit = limit


class Money:
    __slots__ = ("cents",)

    def __init__(self, amount):
        if isinstance(amount, Money):
            self.cents = amount.cents
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            neg = whole.startswith("-")
            cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
            self.cents = -cents if neg else cents
        else:
            self.cents = round(amount * 100)

    def __add__(self, other):
        r = Money(0)
        r.cents = self.cents + Money(other).cents
        return r

    __radd__ = __add__

    def __sub__(self, other):
        r = Money(0)
        r.cents = self.cents - Money(other).cents
        return r

    def __neg__(self):
        r = Money(0)
        r.cents = -self.cents
        return r

    def __lt__(self, other):
        return self.cents < Money(other).cents

    def __le__(self, other):
        return self.cents <= Money(other).cents

    def __eq__(self, other):
        return isinstance(other, (Money, int, float, str)) and self.cents == Money(other).cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"


class Account:
    _next_id = 1000
    daily_limit = Money(500)

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self._balance = Money(balance)
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0 and not isinstance(self, CreditAccount):
            raise InsufficientFunds(self, -value)
        self._balance = value

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} ({self.owner}) is frozen")

    def deposit(self, amount):
        self._check()
        amount = Money(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance = self.balance + amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        amount = Money(amount)
        if Money(sum(a.cents for k, a in self.history if k == "withdraw") / 100) + amount > self.daily_limit:
            raise LimitExceeded(f"daily limit reached for {self.owner}", limit=self.daily_limit)
        if self.balance - amount < 0 and not isinstance(self, CreditAccount):
            raise InsufficientFunds(self, amount)
        self.balance = self.balance - amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner} {self.balance}>"


class SavingsAccount(Account):
    rate = 0.02
    daily_limit = Money(200)

    def add_interest(self):
        interest = Money(self.balance.cents * self.rate / 100)
        return self.deposit(interest) if interest.cents > 0 else self


class CreditAccount(Account):
    def __init__(self, owner, limit):
        super().__init__(owner)
        self.limit = Money(limit)

    def withdraw(self, amount):
        if self.balance - amount < -self.limit:
            raise InsufficientFunds(self, Money(amount))
        return super().withdraw(amount)


class Transaction:
    """Context manager: snapshot balances, roll back on error."""
    log = []

    def __init__(self, *accounts, label="tx"):
        self.accounts = accounts
        self.label = label

    def __enter__(self):
        self.snapshot = [(a, a._balance, len(a.history)) for a in self.accounts]
        Transaction.log.append(f"begin {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            Transaction.log.append(f"commit {self.label}")
            return False
        for acct, bal, n in self.snapshot:
            acct._balance = bal
            del acct.history[n:]
        Transaction.log.append(f"rollback {self.label}: {exc_type.__name__}")
        return issubclass(exc_type, BankError)  # swallow bank errors only


def transfer(src, dst, amount):
    with Transaction(src, dst, label=f"{src.owner}->{dst.owner} {Money(amount)}"):
        src.withdraw(amount)
        dst.deposit(amount)


alice = Account("alice", "120.50")
bob = SavingsAccount("bob", 1000)
carol = CreditAccount("carol", limit=300)
accounts = [alice, bob, carol]
print(accounts)

transfer(alice, bob, "20.25")
transfer(alice, bob, 500)
transfer(bob, carol, 150)
transfer(bob, carol, 100)
transfer(carol, alice, 400)
transfer(carol, alice, "299.99")
carol.frozen = True
transfer(carol, alice, 1)
carol.frozen = False
bob.add_interest()
print(accounts)
print(*Transaction.log, sep="\n")

try:
    with Transaction(alice, label="bad deposit"):
        alice.deposit(-5)
except ValueError as e:
    print("escaped:", e)

try:
    alice.withdraw(10_000)
except BankError as e:
    print(type(e).__name__, "|", e, "|", e.args[-1], "|", isinstance(e, Exception))

try:
    try:
        carol.withdraw(1000)
    except InsufficientFunds as e:
        raise BankError("transfer failed") from e
except BankError as e:
    print(repr(e), "caused by", type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        alice.balance = Money(-1)
except InsufficientFunds as e:
    print("context:", repr(e.__context__), "| cause:", e.__cause__)

for acct in accounts:
    deposits = [a for k, a in acct.history if k == "deposit"]
    withdrawals = [a for k, a in acct.history if k == "withdraw"]
    print(f"{acct.owner:>6}: +{sum(deposits, Money(0))!r:>10} -{sum(withdrawals, Money(0))!r:>10} = {acct.balance!r:>10}")

print(sorted(accounts, key=lambda a: a.balance), max(accounts, key=lambda a: a.balance).owner)
print(Money("1234567.8"), Money("-0.05"), Money(19.999), Money(3) == 3, Money("2.50") in {Money(2.5)})
print(SavingsAccount.mro()[1].__name__, CreditAccount.__bases__, issubclass(CreditAccount, Account))
print(Account.__doc__, BankError.__doc__, InsufficientFunds.__mro__[-3:])
print([k for k in vars(SavingsAccount) if not k.startswith("__")])

# Exception in __exit__-managed nested blocks, with finally ordering.
order = []
def nested():
    try:
        with Transaction(bob, label="outer"):
            try:
                with Transaction(bob, label="inner"):
                    bob.withdraw(10 ** 6)
                order.append("after inner")
                raise RuntimeError("boom")
            finally:
                order.append("finally")
    except RuntimeError as e:
        order.append(f"caught {e}")
    return "done"

print(nested(), order, Transaction.log[-4:])
e = LimitExceeded("x", limit=5)
print(e.limit, e.args, str(e), repr(e))
try:
    LimitExceeded("x", 5)
except TypeError as te:
    print(te)
sys.stdout.write("end\n")
