# status: 3
import sys
class Capture:
    def write(self, s):
        sys.stdout.write("[stderr] " + s)
    def flush(self):
        pass
sys.stderr = Capture()
try:
    sys.exit("string code goes to stderr")
except SystemExit as e:
    print(repr(e.code), e.args)
for code in (None, 0, 5, "s", [1], (1, 2)):
    e = SystemExit(code)
    print(repr(e.code), e.args)
print(repr(SystemExit(1, 2).code), SystemExit().code)
def cleanup():
    try:
        raise SystemExit(3)
    finally:
        print("finally runs before exit")
cleanup()
