# itertools: argument checking, with CPython 3.11's exceptions and messages.
import itertools as it
calls = [
 "it.count(1,2,3)", "it.count('a')", "it.count(1,'a')", "it.count(x=1)", "it.count(start=1, step=2, x=3)",
 "it.cycle()", "it.cycle(1)", "it.cycle([1],[2])", "it.cycle(x=1)",
 "it.repeat()", "it.repeat(1,2,3)", "it.repeat(1,'a')", "it.repeat(1, 2**63)", "it.repeat(1, 2.0)", "it.repeat(1, x=2)", "len(it.repeat(1))", "it.repeat(1).__length_hint__()",
 "it.accumulate()", "it.accumulate(1)", "it.accumulate([1], None, 3)", "it.accumulate([1], x=1)", "it.accumulate([1], None, None)",
 "it.chain(1)", "list(it.chain(1))", "it.chain(x=1)", "it.chain.from_iterable(1)", "it.chain.from_iterable()",
 "it.compress([1])", "it.compress(1,[1])", "it.compress([1], 1)", "it.compress(data=[1], selectors=[1], x=2)",
 "it.dropwhile(None)", "it.dropwhile(None, 1)", "it.dropwhile(None, [1], 2)", "it.dropwhile(None, x=[1])",
 "it.takewhile(None)", "it.filterfalse(None)", "it.filterfalse(None,[1],2)", "it.filterfalse(x=1)",
 "it.groupby()", "it.groupby(1)", "it.groupby([1], None, 3)", "it.groupby([1], x=2)",
 "it.islice()", "it.islice([1])", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1, 2, 3, 4)", "it.islice([1], -1, 2)", "it.islice([1], 1, -2)", "it.islice([1], 1, -1)", "it.islice([1], 1, 2, 0)", "it.islice([1], 1, 2, -1)", "it.islice([1], 1, 2, 'a')", "it.islice([1], 2**64)", "it.islice([1], 2**64, 3)", "it.islice(1, 2)", "it.islice([1], stop=2)", "it.islice([1], 1.0)",
 "it.starmap(None)", "it.starmap(None, 1)", "list(it.starmap(pow, [1]))", "it.starmap(x=1)",
 "it.takewhile(None, 1)", "it.tee()", "it.tee(1)", "it.tee([1], -1)", "it.tee([1], 2, 3)", "it.tee([1], 'a')", "it.tee([1], n=2)", "it.tee([1], 2**63)",
 "it.zip_longest(1)", "it.zip_longest([1], x=2)", "it.zip_longest([1], fillvalue=2, x=3)",
 "it.pairwise()", "it.pairwise(1)", "it.pairwise([1],[2])", "it.pairwise(iterable=[1])",
 "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], repeat='a')", "it.product([1], x=1)", "it.product([1],[2], repeat=2**62)", "it.product([1], repeat=2**63)", "it.product([1], repeat=1, x=2)",
 "it.permutations()", "it.permutations(1)", "it.permutations([1], -1)", "it.permutations([1], 1.0)", "it.permutations([1], 2**63)", "it.permutations([1], 1, 2)", "it.permutations([1], x=2)", "it.permutations(1, -1)",
 "it.combinations([1])", "it.combinations([1], -1)", "it.combinations(1, -1)", "it.combinations([1], 1.0)", "it.combinations([1], 2**63)", "it.combinations([1], 2**62)", "it.combinations([1], 10**12)", "it.combinations([1], r=1, x=1)",
 "it.combinations_with_replacement([1])", "it.combinations_with_replacement([1], -1)", "it.combinations_with_replacement([1], 2**62)", "it.combinations_with_replacement([], 3)",
 "it.permutations([1], 2**62)", "it.permutations(range(3), 10**12)",
 "next(it.count(1, 'a'))", "it.count(1, [])",
]
for c in calls:
    try:
        r = eval(c)
        print(c, '->', type(r).__name__)
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
try:
    it.chain.from_iterable(x=1)
except TypeError as e:
    print(type(e).__name__, e)
