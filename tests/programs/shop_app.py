# Multi-module program: a package with subpackages and relative imports (tests/programs/_helpers/shop).
import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")

import shop
from shop import Item, Category, Cart, fmt_money, parse_money
from shop.errors import ShopError, OutOfStock, UnknownCoupon
import shop.models.cart as cart_mod
from shop.util import money as m

print(shop.__doc__)
print(shop.__version__, shop.__all__, shop.__name__, shop.models.__name__, shop.models.item.__package__)
print("load order:", shop.loaded)
print(sorted(k for k in sys.modules if k.startswith("shop")))
print(cart_mod.Cart is Cart, m.fmt_money is fmt_money, shop.util.money is m, shop.errors.ShopError is ShopError)
print(shop.__file__.replace(HERE, "<here>"), shop.models.cart.__file__.replace(HERE, "<here>"))

food = Category("food", 0.07)
tech = Category("tech", 0.2)
print(Category("food", 0.5) is food, food, Category._all)

catalog = [
    Item("A1", "apple", 45, food, stock=100),
    Item("B7", "bread", 329, food, stock=3),
    Item("C3", "cable", 1299, tech, stock=10),
    Item("D9", "drone", 49999, tech, stock=1),
    Item("E2", "espresso beans", parse_money("$12.49"), food, stock=5),
]
by_sku = {i.sku: i for i in catalog}
cart = Cart()
orders = [("A1", 12), ("B7", 2), ("C3", 1), ("B7", 2), ("D9", 1), ("E2", 2), ("ZZ", 1), ("A1", 3)]
for sku, qty in orders:
    try:
        cart.add(by_sku[sku], qty)
        print(f"added {qty} x {sku}")
    except OutOfStock as e:
        print("OutOfStock:", e, "| wanted", e.wanted)
    except KeyError as e:
        print("no such sku", e)
for code in ["TENOFF", "BOGUS", "FIVER"]:
    try:
        cart.apply(code)
    except UnknownCoupon as e:
        print("coupon error:", repr(e), isinstance(e, KeyError), isinstance(e, ShopError))
print(cart.receipt())
cart.remove(by_sku["A1"], 5)
cart.remove(by_sku["D9"])
print(sorted((i.sku, q) for i, q in cart.lines.items()), fmt_money(cart.total()))
try:
    cart.add("apple")
except TypeError as e:
    print(e)
for s in ["1,234.5", "-$0.07", "12.345", "abc", "$1,000,000"]:
    try:
        print(s, "->", parse_money(s), fmt_money(parse_money(s)))
    except ValueError as e:
        print(e)

from shop.models import item as again
print(again is shop.models.item, len(shop.loaded))
try:
    from shop import nothing_here
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<here>"))
try:
    import shop.missing_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
from shop.models.item import *
print(sorted(n for n in dir() if not n.startswith("_"))[:8])
