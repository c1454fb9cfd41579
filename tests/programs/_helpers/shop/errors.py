class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, item, wanted):
        super().__init__(f"only {item.stock} of {item.name!r} left, wanted {wanted}")
        self.item, self.wanted = item, wanted


class UnknownCoupon(ShopError, KeyError):
    pass
