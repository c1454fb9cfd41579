deep = "ns sub"
