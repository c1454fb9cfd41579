def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = dict(a=1, b=2, c=3)
t(lambda: (list(d.items())[::-1]))
t(lambda: ({k: d[k] for k in sorted(d, reverse=True)}))
t(lambda: (d.get("z", [])))
t(lambda: ("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items()))
t(lambda: (len(d.keys() & {"a", "x"})))
t(lambda: (sorted(d.values(), reverse=True)))
t(lambda: (max(d, key=d.get)))
t(lambda: (min(d.items(), key=lambda kv: kv[1])))
t(lambda: (dict(sorted(d.items(), key=lambda kv: -kv[1]))))
t(lambda: ({**d, "a": 100}))
t(lambda: (dict(d, d=4)))
e = d.copy(); e["a"] = 0
t(lambda: (d["a"], e["a"]))
t(lambda: (d == e, d != e))
t(lambda: ({1: 1} == {1: 1.0}))
t(lambda: (dict.fromkeys(["x", "y"], 0)))
t(lambda: (dict(zip("abc", range(3)))))
t(lambda: (list(dict.fromkeys("abracadabra"))))
cnt = {}
[cnt.__setitem__(ch, cnt.get(ch, 0) + 1) for ch in "abracadabra"]
t(lambda: (cnt))
t(lambda: (sorted(cnt, key=cnt.get, reverse=True)))
nested = {"a": {"b": {"c": 1}}}
t(lambda: (nested["a"]["b"]["c"]))
t(lambda: (nested.get("a", {}).get("x", {}).get("c", "default")))
t(lambda: ({(i, j): i * j for i in range(2) for j in range(2)}))
t(lambda: ({None: 1, True: 2, 1.5: 3, "s": 4, (1,): 5}))
t(lambda: ({1: "a", 1.0: "b"}))
t(lambda: (d.pop("a"), d))
t(lambda: (d.popitem(), d))
t(lambda: (d.setdefault("new", []).append(1)))
t(lambda: (d))
t(lambda: (d.clear(), d))
