from . import s
rv = 3
