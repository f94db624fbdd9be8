def use_global():
    global not_defined_yet
    return not_defined_yet
use_global()
