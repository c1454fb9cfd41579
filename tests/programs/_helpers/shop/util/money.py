from .. import loaded
loaded.append(__name__)


def round_half_even(x):
    return round(x)


def fmt_money(cents):
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(int(cents)), 100)
    return f"{sign}${d:,}.{c:02d}"


def parse_money(text):
    text = text.strip().lstrip("$").replace(",", "")
    whole, _, frac = text.partition(".")
    if len(frac) > 2 or not (whole + frac).lstrip("-").isdigit():
        raise ValueError(f"bad money literal: {text!r}")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole or "0")) * 100 + int(frac.ljust(2, "0")))
