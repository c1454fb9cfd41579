# status: 1
import sys
class Capture:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = Capture()
del sys.excepthook
raise LookupError("printed without a hook")
