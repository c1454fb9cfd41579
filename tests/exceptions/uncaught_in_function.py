# status: 1
# An exception raised deep in calls and not caught.
def level3(d):
    return d['missing']
def level2(d):
    print('in level2')
    return level3(d)
def level1():
    return level2({'present': 1})
print('start')
try:
    level1()
except IndexError:
    print('wrong handler')
print('not reached')
