from ..errors import OutOfStock, UnknownCoupon
from ..util import money
from . import item as item_mod
from .. import loaded
loaded.append(__name__)

COUPONS = {"TENOFF": ("percent", 10), "FIVER": ("fixed", 500)}


class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []

    def add(self, item, qty=1):
        if not isinstance(item, item_mod.Item):
            raise TypeError(f"expected Item, got {type(item).__name__}")
        have = self.lines.get(item, 0)
        if have + qty > item.stock:
            raise OutOfStock(item, have + qty)
        self.lines[item] = have + qty
        return self

    def remove(self, item, qty=None):
        if qty is None or qty >= self.lines[item]:
            del self.lines[item]
        else:
            self.lines[item] -= qty

    def apply(self, code):
        if code not in COUPONS:
            raise UnknownCoupon(code)
        self.coupons.append(code)

    def subtotal(self):
        return sum(i.price * q for i, q in self.lines.items())

    def tax(self):
        return sum(money.round_half_even(i.price * q * i.category.tax_rate) for i, q in self.lines.items())

    def discount(self):
        total = 0
        for code in self.coupons:
            kind, amount = COUPONS[code]
            total += self.subtotal() * amount // 100 if kind == "percent" else amount
        return min(total, self.subtotal())

    def total(self):
        return self.subtotal() + self.tax() - self.discount()

    def receipt(self):
        rows = [f"{i.name:<18}{q:>3} x {money.fmt_money(i.price):>9} = {money.fmt_money(i.price * q):>10}"
                for i, q in sorted(self.lines.items(), key=lambda kv: kv[0].name)]
        rows.append("-" * 46)
        for label, value in (("subtotal", self.subtotal()), ("tax", self.tax()),
                             ("discount", -self.discount()), ("TOTAL", self.total())):
            rows.append(f"{label:>33} {money.fmt_money(value):>12}")
        return "\n".join(rows)
