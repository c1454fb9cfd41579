# Object-oriented code: instance creation, attribute reads and writes, method calls,
# a property, a dunder operator and isinstance, 300,000 rounds.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Particle:
    count = 0
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Particle.count += 1
    @property
    def energy(self):
        return self.vel.dot(self.vel)
    def step(self):
        self.pos = self.pos + self.vel
        return self

class Heavy(Particle):
    def step(self):
        super().step()
        return self

def run(n):
    total = 0
    p = Particle(Vec(0, 0), Vec(1, 2))
    h = Heavy(Vec(0, 0), Vec(2, 1))
    for i in range(n):
        p.step()
        h.step()
        total += p.energy + h.energy
        if isinstance(h, Particle):
            total += 1
        q = Particle(Vec(i, i), Vec(1, 1))
        total += q.pos.x
    return total, p.pos.x, h.pos.y, Particle.count

print(run(300000))
