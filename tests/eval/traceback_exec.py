# status: 1
# exceptions raised inside exec'd code show File "<string>"
import sys
def run():
    exec('a = 1\nb = 0\nc = a / b\n')
try:
    run()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, tb.tb_lineno)
exec('def f():\n    raise ValueError("boom")\n', globals())
try:
    f()
except ValueError as e:
    print(e)
exec('x = 1\ny = 2\nraise KeyError("k")\n')
