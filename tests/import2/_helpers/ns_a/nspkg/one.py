one = "from ns_a"
