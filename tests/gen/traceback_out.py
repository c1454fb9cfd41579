# status: 1
def inner():
    yield 1
    raise ValueError("boom")

def outer():
    yield from inner()

def driver():
    for x in outer():
        print("got", x)

driver()
print("not reached")
