# The playground's `aiohttp` (docs/simulated-io.md, section 6): a client answering from a table
# of canned pages. A request costs one timer of the page's latency (`asyncio.sleep`), reading a
# body one bare yield (`asyncio.sleep(0)`).

import asyncio as _asyncio

_UNSUPPORTED_NAMES = (
    "web", "TCPConnector", "UnixConnector", "BaseConnector", "ClientTimeout", "BasicAuth",
    "FormData", "request", "ClientRequest", "ClientWebSocketResponse", "WSMsgType",
    "MultipartWriter", "MultipartReader", "CookieJar", "DummyCookieJar", "TraceConfig",
    "Fingerprint", "ClientConnectionError", "ClientConnectorError", "ClientOSError",
    "ClientPayloadError", "ServerTimeoutError", "ServerDisconnectedError", "InvalidURL",
    "TooManyRedirects", "hdrs", "http", "streams", "payload", "helpers",
)
_UNSUPPORTED_RESPONSE_ATTRS = ("headers", "cookies", "content", "history", "charset", "request_info")
_UNSUPPORTED_SESSION_METHODS = (
    "post", "put", "patch", "delete", "head", "options", "request", "ws_connect",
)


def _unsupported(feature):
    return NotImplementedError(f"{feature} is not supported in the playground")


def __getattr__(name):
    if name in _UNSUPPORTED_NAMES:
        raise _unsupported(f"aiohttp.{name}")
    raise AttributeError(f"module 'aiohttp' has no attribute {name!r}")


# (content type, status, reason, latency, body) by URL.
_NOT_FOUND = ("text/plain", 404, "Not Found", 0.05, "404: Not Found")
_PAGES = {
    "https://python.org": (
        "text/html", 200, "OK", 0.3,
        "<!doctype html>\n"
        "<html><head><title>Welcome to Python.org</title></head>\n"
        "<body><h1>Python</h1>\n"
        "<p>Python is a programming language that lets you work quickly and integrate systems more effectively.</p>\n"
        '<p><a href="https://docs.python.org">Docs</a> <a href="https://pypi.org">PyPI</a></p>\n'
        "</body></html>\n",
    ),
    "https://docs.python.org": (
        "text/html", 200, "OK", 0.2,
        "<!doctype html>\n"
        "<html><head><title>3.12.1 Documentation</title></head>\n"
        "<body><h1>Python 3.12.1 documentation</h1>\n"
        "<p>Welcome! This is the official documentation for Python 3.12.1.</p>\n"
        "<ul><li>What's new in Python 3.12?</li><li>Tutorial</li><li>Library Reference</li></ul>\n"
        "</body></html>\n",
    ),
    "https://pypi.org": (
        "text/html", 200, "OK", 0.25,
        "<!doctype html>\n"
        "<html><head><title>PyPI - The Python Package Index</title></head>\n"
        "<body><h1>Find, install and publish Python packages</h1>\n"
        "<p>The Python Package Index (PyPI) is a repository of software for the Python programming language.</p>\n"
        "</body></html>\n",
    ),
    "https://example.com": (
        "text/html", 200, "OK", 0.1,
        "<!doctype html>\n"
        "<html><head><title>Example Domain</title></head>\n"
        "<body><h1>Example Domain</h1>\n"
        "<p>This domain is for use in illustrative examples in documents.</p>\n"
        "</body></html>\n",
    ),
    "https://httpbin.org/json": (
        "application/json", 200, "OK", 0.15,
        '{"slideshow": {"author": "Yours Truly", "title": "Sample Slide Show", "slides": '
        '[{"title": "Wake up to WonderWidgets!", "type": "all"}, {"title": "Overview", "type": "all"}]}}\n',
    ),
    "https://api.example.com/items?page=1": (
        "application/json", 200, "OK", 0.1,
        '{"page": 1, "items": ["apple", "banana", "cherry"], "next": 2}\n',
    ),
    "https://api.example.com/items?page=2": (
        "application/json", 200, "OK", 0.1,
        '{"page": 2, "items": ["date", "elderberry", "fig"], "next": 3}\n',
    ),
    "https://api.example.com/items?page=3": (
        "application/json", 200, "OK", 0.1,
        '{"page": 3, "items": ["grape", "honeydew"], "next": 4}\n',
    ),
    "https://api.example.com/items?page=4": (
        "application/json", 200, "OK", 0.1,
        '{"page": 4, "items": [], "next": null}\n',
    ),
}


def _lookup(url):
    key = url[:-1] if url.endswith("/") else url
    return _PAGES.get(key, _NOT_FOUND)


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    def __init__(self, status, message, url):
        super().__init__(status, message, url)
        self.status = status
        self.message = message
        self._url = url

    def __str__(self):
        return f"{self.status}, message={self.message!r}, url={self._url!r}"


class ContentTypeError(ClientResponseError):
    pass


class ClientResponse:
    def __init__(self, url, page):
        self.content_type, self.status, self.reason, _, self._body = page
        self.url = url

    @property
    def ok(self):
        return self.status < 400

    async def text(self):
        await _asyncio.sleep(0)
        return self._body

    async def read(self):
        await _asyncio.sleep(0)
        return self._body.encode()

    async def json(self):
        await _asyncio.sleep(0)
        if self.content_type != "application/json":
            raise ContentTypeError(
                self.status,
                f"Attempt to decode JSON with unexpected mimetype: {self.content_type}",
                self.url,
            )
        return _parse_json(self._body)

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.status, self.reason, self.url)

    def release(self):
        pass

    def close(self):
        pass

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"

    def __getattr__(self, name):
        if name in _UNSUPPORTED_RESPONSE_ATTRS:
            raise _unsupported(f"ClientResponse.{name}")
        raise AttributeError(f"'ClientResponse' object has no attribute {name!r}")


class _RequestContextManager:
    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise _unsupported("passing arguments to ClientSession()")
        self.closed = False

    def __getattr__(self, name):
        if name in _UNSUPPORTED_SESSION_METHODS:
            def unsupported_method(*args, **kwargs):
                raise _unsupported(f"ClientSession.{name}()")
            return unsupported_method
        raise AttributeError(f"'ClientSession' object has no attribute {name!r}")

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    async def close(self):
        self.closed = True

    def get(self, url, *, params=None):
        if params:
            query = "&".join(f"{key}={value}" for key, value in params.items())
            url = f"{url}{'&' if '?' in url else '?'}{query}"
        return _RequestContextManager(self._request(url))

    async def _request(self, url):
        if self.closed:
            raise RuntimeError("Session is closed")
        page = _lookup(url)
        await _asyncio.sleep(page[3])
        return ClientResponse(url, page)
