class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:.2f}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"
    def __lt__(self, other):
        return self._balance < other._balance
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))
a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("sam", 1000)
s.add_interest()
print(a, s, repr(a), a.history, s.history)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed - e.available)
try:
    a.deposit(-1)
except ValueError as e:
    print("error:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([s, a]), max(a, s).owner, Account.interest, s.interest, Account._next_id)
