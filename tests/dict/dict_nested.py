# Dicts of dicts and lists.
db = {'alice': {'age': 30, 'langs': ['c', 'python']},
      'bob': {'age': 25, 'langs': []}}
print(db['alice']['age'], db['alice']['langs'][1])
db['bob']['langs'].append('rust')
db['carol'] = {'age': 35, 'langs': ['go']}
for name in db:
    person = db[name]
    print(name, person['age'], ','.join(person['langs']))
print(db['carol'])
counts = {}
for word in 'a b a c b a'.split():
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
