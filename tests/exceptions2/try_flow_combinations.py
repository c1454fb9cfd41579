def f1():
    try:
        return 1
    finally:
        return 2
print(f1())
def f2():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            continue
    return i
print(f3())
def f4():
    out = []
    for i in range(5):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                out.append(("ok", i))
            except ValueError as e:
                out.append(("ve", e.args))
                if i == 3:
                    break
                continue
            else:
                out.append("else")
            finally:
                out.append(("fin", i))
        finally:
            out.append("outer")
    return out
print(f4())
def f5():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            try:
                raise TypeError(2)
            except TypeError:
                pass
            raise
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(f5())
def f6():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            try:
                raise TypeError(2)
            except TypeError:
                raise
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(f6())
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)
    e.__suppress_context__ = False
    print(e.__suppress_context__)
e = ValueError()
print(e.__suppress_context__, e.__cause__, e.__context__, e.__traceback__)
e.__cause__ = KeyError(1)
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as x:
    print(x)
try:
    e.__context__ = 5
except TypeError as x:
    print(x)
try:
    raise ValueError from 5
except TypeError as x:
    print(x)
try:
    raise ValueError from KeyError
except ValueError as x:
    print(repr(x.__cause__), x.__suppress_context__)
try:
    raise 5
except TypeError as x:
    print(x)
try:
    raise
except RuntimeError as x:
    print(x)
def wt():
    try:
        1/0
    except Exception as e:
        return e.__traceback__
tb = wt()
print(type(tb).__name__, tb.tb_lineno)
e = ValueError("q")
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
try:
    e.with_traceback(5)
except TypeError as x:
    print(x)
try:
    raise e
except ValueError as x:
    n = 0
    t = x.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print(n)
print(e.with_traceback(None).__traceback__)
def gen_ret():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                return
print(list(gen_ret()))
def brk():
    while True:
        try:
            return "r"
        finally:
            break
    return "after"
print(brk())
def nested_fin():
    l = []
    try:
        try:
            raise ValueError
        finally:
            l.append(1)
    except ValueError:
        l.append(2)
    finally:
        l.append(3)
    return l
print(nested_fin())
def exc_in_else():
    try:
        try:
            pass
        except ValueError:
            print("no")
        else:
            raise ValueError("else")
        finally:
            print("fin")
    except ValueError as e:
        print("caught", e)
exc_in_else()
def name_del():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as x:
        print(x)
    except UnboundLocalError as x:
        print("UL", x)
name_del()
