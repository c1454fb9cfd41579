from ..util.money import fmt_money
from .. import loaded
loaded.append(__name__)


class Category:
    _all = {}

    def __new__(cls, name, tax_rate):
        if name in cls._all:
            return cls._all[name]
        self = super().__new__(cls)
        self.name, self.tax_rate = name, tax_rate
        cls._all[name] = self
        return self

    def __repr__(self):
        return f"Category({self.name!r}, {self.tax_rate})"


class Item:
    def __init__(self, sku, name, price_cents, category, stock=0):
        self.sku, self.name, self.price, self.category, self.stock = sku, name, price_cents, category, stock

    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, {fmt_money(self.price)}, stock={self.stock})"

    def __hash__(self):
        return hash(self.sku)

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
