"""A tiny shop package used by tests/programs/shop_app.py."""
loaded = []
from .models.item import Item, Category
from .models import cart as _cart
from .util.money import fmt_money, parse_money
from . import errors

Cart = _cart.Cart
__all__ = ["Item", "Category", "Cart", "fmt_money", "parse_money", "errors"]
__version__ = "1.4.0"
