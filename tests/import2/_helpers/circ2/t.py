raise ValueError("t fails")
