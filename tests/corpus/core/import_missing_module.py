import asyncio
print("asyncio imported")
import surely_not_a_module
