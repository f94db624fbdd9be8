def level3(x):
    return 10 / x
def level2(x):
    return level3(x - 1)
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e
print(level1(5))
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
acct = Account(10)
acct.withdraw(3)
print(acct.balance)
try:
    acct.withdraw(50)
except ValueError as e:
    print("error:", e)
level1(1)
