# __builtins__ handling and globals of exec'd functions
g = {}
exec('pass', g)
print(type(g['__builtins__']).__name__)
g2 = {'__builtins__': {'len': lambda x: 'custom'}}
print(eval('len([1])', g2))
g3 = {'__builtins__': {}}
try:
    eval('len([1])', g3)
except NameError as e:
    print('NameError', e)
ns = {'__name__': 'fake'}
exec('def f(): pass\nclass C: pass', ns)
print(ns['f'].__module__, ns['C'].__module__)
print(ns['f'].__globals__ is ns)
