text = """first line
  second line  
	third

last"""
for line in text.splitlines():
    print(repr(line), repr(line.strip()), line.split())
print(text.count("\n"), len(text.splitlines()), text.splitlines()[-1])
data = "name=alice; age=30 ;city = paris"
print({k.strip(): v.strip() for k, v in (p.split("=") for p in data.split(";"))})
csv = "a,b,c\n1,2,3\n4,5,6\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
print(rows, [list(map(int, r)) for r in rows[1:]])
print(" x ".strip() == "x", "\n\t x \r\n".strip(), "..x..".strip("."), "abcxcba".strip("abc"))
