# bytes + str is a TypeError (the uncaught traceback's last line)
data = b"payload: "
print(data + b"ok")
print(data + "text")
