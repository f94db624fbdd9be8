# An uncaught JSONDecodeError: its qualified name (json.decoder) and message.
import json

print(type(json.JSONDecodeError("m", "d", 0)))
json.loads('{"items": [1, 2,\n  x]}')
