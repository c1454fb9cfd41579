import sys
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (KeyError, int):
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (KeyError, (ValueError, int)):
        print("nested tuple matched")
except TypeError as e:
    print("nt", e)
class NotExc: pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print(e)
# context cycle
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
# raise e from e
try:
    e = ValueError("self")
    raise e from e
except ValueError as x:
    print(x.__cause__ is x)
# exception instance reused
err = KeyError("reuse")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        n = 0; tb = e.__traceback__
        while tb: n += 1; tb = tb.tb_next
        print("tb", n)
# exc_info inside generator
def g():
    try:
        raise IndexError("g")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it))
try:
    raise KeyError
except KeyError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it))
# exception in except clause expression
def bad():
    raise RuntimeError("in except expr")
try:
    try:
        raise ValueError
    except bad():
        pass
except RuntimeError as e:
    print(e, repr(e.__context__))
# exception in finally replaces
def f():
    try:
        raise ValueError("orig")
    finally:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
try:
    f()
except ValueError as e:
    print("orig kept", e, e.__context__)
# bare raise after handled in function
def reraiser():
    raise
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    try:
        reraiser()
    except ZeroDivisionError as e:
        print("reraised", e)
# return in except
def r():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[0]
    finally:
        print("fin exc_info", sys.exc_info()[0])
print(r(), sys.exc_info())
# break inside except inside loop
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        break
print("after break", sys.exc_info())
# while-else with exception
def w():
    i = 0
    while i < 3:
        try:
            i += 1
            if i == 2:
                continue
        finally:
            print("w fin", i)
    else:
        print("else")
w()
# nested functions with exceptions in generators in finally
def gf():
    try:
        yield 1
    finally:
        print("gen finally", sys.exc_info()[0])
x = gf()
next(x)
try:
    raise TypeError
except TypeError:
    del x
print("done")
