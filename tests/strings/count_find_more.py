s = "the cat sat on the mat with the hat"
for w in ["the", "at", "t", " ", "hat", "cat sat", "xyz", "e"]:
    print(w, s.count(w), s.find(w), s.rfind(w), s.find(w, 10), s.rfind(w, 0, 20), s.find(w, 5, 15), s.count(w, 10, 30), w in s)
u = "ééaé☃é☃"
print(u.count("é"), u.find("☃"), u.rfind("☃"), u.index("a"), u.find("é", 3), u.rfind("é", 0, 4), u.count("é☃"), u.replace("é", "e", 2), u.split("☃"), u.partition("a"))
