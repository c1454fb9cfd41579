from . import helper
print(__name__, __package__, helper.VALUE)
