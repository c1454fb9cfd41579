import sys
print(__name__, sys.argv[0].rsplit("/", 1)[-1], sys.argv[1:])
print(sys.path[0] == __file__.rsplit("/", 1)[0])
