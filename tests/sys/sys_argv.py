# sys.argv holds the script name as given.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], type(sys.argv))
print(sys.argv[0].endswith('.py'))
