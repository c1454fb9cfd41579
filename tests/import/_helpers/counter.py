print("counter: executed")
hits = 0
