print("pkg init", __name__, __package__)
pv = "pkg-value"
