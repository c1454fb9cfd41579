inventory = [
    {"name": "apple", "price": 0.5, "qty": 100, "tags": ("fruit", "red")},
    {"name": "banana", "price": 0.25, "qty": 150, "tags": ("fruit", "yellow")},
    {"name": "carrot", "price": 0.1, "qty": 0, "tags": ("veg", "orange")},
    {"name": "durian", "price": 12.75, "qty": 3, "tags": ("fruit",)},
]
total = sum(i["price"] * i["qty"] for i in inventory)
print(f"total value: {total:,.2f}")
in_stock = [i["name"] for i in inventory if i["qty"]]
print(in_stock)
by_tag = {}
for item in inventory:
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(item["name"])
print(by_tag)
cheapest = min(inventory, key=lambda i: i["price"])
print(cheapest["name"], cheapest)
print("{:<10}{:>8}{:>6}".format("name", "price", "qty"))
for i in sorted(inventory, key=lambda i: i["price"], reverse=True):
    print("{name:<10}{price:>8.2f}{qty:>6d}".format(**i))
names = list(map(lambda i: i["name"].title(), inventory))
print(names, ", ".join(names[:-1]) + " and " + names[-1])
restock = {i["name"]: max(0, 50 - i["qty"]) for i in inventory}
print(restock, {k: v for k, v in restock.items() if v})
