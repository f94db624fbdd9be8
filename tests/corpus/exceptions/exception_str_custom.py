class MyErr(Exception):
    def __str__(self):
        return "custom text"
try:
    raise MyErr("ignored")
except MyErr as e:
    print(e, repr(e))
raise MyErr()
