class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
class Cat(Animal):
    sound = "meow"
pets = [Dog("rex", "lab"), Puppy("bit", "pug"), Cat("tom")]
for p in pets:
    print(p, p.speak())
print(Animal.count, Puppy.__mro__, isinstance(pets[1], Dog), issubclass(Cat, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__, Dog.__base__)
class Flyer:
    def move(self):
        return "fly"
    def describe(self):
        return "can " + self.move() + " and " + super().describe()
class Swimmer:
    def move(self):
        return "swim"
    def describe(self):
        return "can " + self.move()
class Duck(Flyer, Swimmer):
    pass
print(Duck().move(), Duck().describe(), [c.__name__ for c in Duck.mro()])
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for s in [Circle(1), Square(2)]:
    print(s)
print(sum(s.area() for s in [Circle(2), Square(3)]))
try:
    print(Shape())
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Base:
    def __init__(self):
        print("Base init")
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
class Diamond(Left, Right):
    def __init__(self):
        print("Diamond init")
        super().__init__()
Diamond()
print(getattr(Dog("a", "b"), "breed"), hasattr(Cat, "breed"), vars(Cat("z")))
