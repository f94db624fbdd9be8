class ValidationError(Exception):
    pass
def check(v):
    if v < 0:
        raise ValidationError(f"negative value: {v}")
check(1)
check(-5)
