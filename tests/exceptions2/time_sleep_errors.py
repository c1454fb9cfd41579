import time
for v in (2**70, 10**10, 2**2000, -(2**70), 1e300, 9.3e9, -1e300, -1, -0.5, float("nan"), "x", None, [1]):
    try:
        time.sleep(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print(e)
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
print("slept")
