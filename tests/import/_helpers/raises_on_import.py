print("raises_on_import: running")
value = 1
raise ValueError("boom at import")
