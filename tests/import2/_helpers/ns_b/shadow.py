print("regular module wins over an earlier portion")
value = 1
