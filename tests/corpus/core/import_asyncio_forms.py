import asyncio
import asyncio as aio
from asyncio import sleep, Queue as Q
import time
print(aio is asyncio, sleep is asyncio.sleep, Q is asyncio.Queue, type(asyncio).__name__)
print(asyncio.__name__, time.__name__)
