import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import counter
import counter
import counter as c2
print(c2 is counter)
counter.hits += 1
import counter
print(counter.hits)
del sys.modules["counter"]
import counter as fresh
print(fresh is c2, fresh.hits)
