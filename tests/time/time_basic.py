import time
print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1600000000 * 10**9)
a = time.monotonic()
b = time.monotonic()
print(b >= a)
t0 = time.perf_counter()
print(time.sleep(0.02))
print(time.perf_counter() - t0 >= 0.015)
n0 = time.perf_counter_ns()
time.sleep(0)
print(time.perf_counter_ns() >= n0)
time.sleep(1 / 1000)
time.sleep(True)
for bad in (-1, -0.5, "x", None, float("nan"), 1e300):
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print("TypeError:", e)
from time import perf_counter, sleep
print(callable(perf_counter), callable(sleep))
