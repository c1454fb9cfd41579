import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

try:
    import raises_on_import
except ValueError as e:
    print("ValueError:", e)
print("raises_on_import" in sys.modules)
try:
    import raises_on_import
except ValueError as e:
    print("again:", e)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("bad_syntax.py"))
print("bad_syntax" in sys.modules)
