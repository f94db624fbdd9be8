def greet(name):
    return "hi " + name
greet(age=3)
