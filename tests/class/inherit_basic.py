# Single inheritance: overriding, extending, attribute lookup order.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("max", 2)
print(p.age, p.name, p.kind, Puppy.kind, Animal.kind)
print(Puppy.__bases__, Puppy.__base__, Dog.__name__)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(type(p).__name__, type(p) is Puppy, p.__class__ is Puppy)
