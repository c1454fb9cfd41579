import sys
class Fake:
    value = "replaced"
    def __getattr__(self, n):
        return "fake-" + n
sys.modules[__name__] = Fake()
