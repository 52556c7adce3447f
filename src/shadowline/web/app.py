"""The REST API and the dashboard: a FastAPI app built on the library surface (``shadowline.api`` and
``shadowline.analysis``) and nothing else of the core.

Every endpoint answers JSON; a bad request gets a 4xx whose body names the parameter and the problem
(``{"error": ..., "parameter": ...}``), never a traceback. See docs/web.md.
"""


import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi import Path as PathPart
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from shadowline import __version__, analysis, api
from shadowline.errors import InvalidParameter, NoData
from shadowline.web.access import RETRY_AFTER_S, StoreBusy, StoreGate, StoreMissing, token_matches

log = logging.getLogger("shadowline.web")

STATIC = files("shadowline.web").joinpath("static")

#: Bounds that keep one request cheap.
MAX_BODY_BYTES = 2_000_000
MAX_CODE_CHARS = 20_000
MAX_DOCUMENTS = 50
MAX_DOCUMENT_CHARS = 100_000
MAX_LIMIT = 1_000
MAX_RUNS = 20_000

#: The dashboard's own files only: no inline script, nothing from other origins.
DASHBOARD_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

Date = Annotated[str | None, Query(description="ISO date YYYY-MM-DD", max_length=32)]
Actor = Annotated[str, Query(min_length=1, max_length=16, description="Actor code, e.g. FRA or NATO")]


class Problem(BaseModel):
    """The body of every 4xx and 5xx answer."""

    error: str = Field(description="What is wrong, for people.")
    parameter: str | None = Field(default=None, description="The parameter at fault, if one is.")


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_CODE_CHARS, description="The text to code.")
    date: str | None = Field(default=None, max_length=32, description="Document date YYYY-MM-DD.")


class DocumentIn(BaseModel):
    id: str | None = Field(default=None, max_length=200)
    date: str | None = Field(default=None, max_length=32)
    title: str | None = Field(default=None, max_length=1_000)
    text: str = Field(min_length=1, max_length=MAX_DOCUMENT_CHARS)
    url: str | None = Field(default=None, max_length=2_000)
    source: str | None = Field(default=None, max_length=200)


class IngestRequest(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_DOCUMENTS)


def _problem(status: int, error: str, parameter: str | None = None,
             headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "parameter": parameter}, status_code=status, headers=headers)


def _validation_problem(exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0] if exc.errors() else {}
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    parameter = ".".join(location) or None
    message = str(first.get("msg", "invalid request"))
    return _problem(422, f"{parameter}: {message}" if parameter else message, parameter)


def create_app(db: str | Path = api.DEFAULT_DB, token: str | None = None,
               allowed_hosts: list[str] | None = None,
               coder_options: dict[str, Any] | None = None) -> FastAPI:
    """The API and dashboard over the store at `db`. With a `token`, every ``/api`` request must carry
    ``Authorization: Bearer TOKEN``; without one, only reads and coding are allowed (ingest is refused).
    `allowed_hosts` limits the ``Host`` header (DNS-rebinding protection for a server on 127.0.0.1)."""
    gate = StoreGate(db)
    coding_lock = threading.Lock()
    options = dict(coder_options or {})

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        gate.close()

    app = FastAPI(title="shadowline", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Geopolitical event data from news text: events, dyads, relations network, "
                              "blocs, shadow conflict, domino cascades, escalation warnings.",
                  responses={code: {"model": Problem} for code in (400, 401, 403, 404, 411, 413, 422, 503)})

    bearer = HTTPBearer(auto_error=False, description="The server's token (--token or SHADOWLINE_TOKEN).")

    def authorised(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> bool:
        given = credentials.credentials if credentials else None
        if token and not token_matches(token, given):
            raise HTTPException(401, "this server needs its token: send 'Authorization: Bearer TOKEN'")
        return given is not None

    def known_parameters(request: Request) -> None:
        # a misspelt filter (?acter=AZE) must not silently answer for everything
        route = request.scope.get("route")
        known = {p.alias for p in getattr(getattr(route, "dependant", None), "query_params", [])}
        for name in request.query_params:
            if name not in known:
                raise InvalidParameter(name, f"unknown parameter; this endpoint takes "
                                             f"{', '.join(sorted(known)) or 'none'}")

    def writer(_: Annotated[bool, Depends(authorised)]) -> None:
        if not token:
            raise HTTPException(403, "writes are off: start the server with --token (or SHADOWLINE_TOKEN) "
                                     "and send it as 'Authorization: Bearer TOKEN'")

    def read(analyse: Callable[[api.Store], Any]) -> Any:
        with gate.reading() as store:
            return analyse(store)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if allowed_hosts is not None:
            host = request.headers.get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in allowed_hosts:
                return _problem(400, f"Host {host!r} is not served here; use 127.0.0.1", "Host")
        if request.method in ("POST", "PUT", "PATCH"):
            length = request.headers.get("content-length")
            if length is None or not length.isdigit():
                return _problem(411, "send the body with a Content-Length header")
            if int(length) > MAX_BODY_BYTES:
                return _problem(413, f"the body is over {MAX_BODY_BYTES} bytes")
        response: Response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if not request.url.path.startswith("/docs"):
            response.headers["Content-Security-Policy"] = DASHBOARD_CSP
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_problem(exc)

    @app.exception_handler(InvalidParameter)
    async def bad_parameter(request: Request, exc: InvalidParameter) -> JSONResponse:
        return _problem(400, str(exc), exc.parameter)

    @app.exception_handler(NoData)
    async def no_data(request: Request, exc: NoData) -> JSONResponse:
        return _problem(404, str(exc), exc.parameter)

    @app.exception_handler(StoreMissing)
    async def no_store(request: Request, exc: StoreMissing) -> JSONResponse:
        return _problem(404, str(exc))

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> JSONResponse:
        return _problem(503, f"{exc}; try again shortly", headers={"Retry-After": str(RETRY_AFTER_S)})

    @app.exception_handler(HTTPException)
    async def http_problem(request: Request, exc: HTTPException) -> JSONResponse:
        return _problem(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return _problem(500, "internal error; the server log has the details")

    api_deps = [Depends(authorised), Depends(known_parameters)]

    @app.get("/api/events", dependencies=api_deps, summary="Stored events (the event contract)",
             responses={200: {"headers": {"Link": {
                 "description": "A full page names the next one: `<URL>; rel=\"next\"`, the same filters "
                                "with `after` set to the page's last event id.",
                 "schema": {"type": "string"}}}}})
    def events(request: Request, response: Response,
               actor: Annotated[str | None, Query(max_length=200)] = None,
               type: Annotated[str | None, Query(max_length=16)] = None,  # noqa: A002 - PLOVER's word
               since: Date = None, until: Date = None,
               modality: Annotated[str | None, Query(max_length=16)] = None,
               limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 100,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
               newest_first: bool = False,
               after: Annotated[str | None, Query(
                   max_length=200, description="The event id of the last event of the page before: the "
                                               "page after it, as fast however deep (not with offset).")] = None,
               ) -> list[dict[str, Any]]:
        page = read(lambda store: [e.to_dict() for e in store.events(
            actor=actor, type=type, since=since, until=until, modality=modality, limit=limit, offset=offset,
            newest_first=newest_first, after=after)])
        if page and len(page) == limit:
            following = request.url.remove_query_params("offset").include_query_params(after=page[-1]["event_id"])
            response.headers["Link"] = f'<{following.path}?{following.query}>; rel="next"'
        return page

    @app.get("/api/dyads", dependencies=api_deps, summary="The most active directed dyads")
    def top_dyads(limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict[str, Any]]:
        return read(lambda store: store.top_dyads(limit))

    @app.get("/api/dyads/{a}/{b}", dependencies=api_deps, summary="One dyad's time series and its events")
    def dyad(a: Annotated[str, PathPart(min_length=1, max_length=16)],
             b: Annotated[str, PathPart(min_length=1, max_length=16)],
             freq: Annotated[str, Query(pattern="^(day|week|month)$")] = "month", directed: bool = False,
             since: Date = None, until: Date = None,
             events: Annotated[int, Query(ge=0, le=2_000)] = 500) -> dict[str, Any]:
        return read(lambda store: analysis.dyads(store, a, b, freq=freq, directed=directed, since=since,
                                                 until=until, events=events).to_dict())

    @app.get("/api/network", dependencies=api_deps, summary="The signed relations network (node-link JSON)")
    def network(since: Date = None, until: Date = None,
                half_life: Annotated[float, Query(gt=0, le=100_000)] = 180.0) -> dict[str, Any]:
        return read(lambda store: analysis.network(store, since=since, until=until,
                                                   half_life=half_life).to_dict())

    @app.get("/api/blocs", dependencies=api_deps, summary="Blocs and structural balance")
    def blocs(since: Date = None, until: Date = None,
              half_life: Annotated[float, Query(gt=0, le=100_000)] = 180.0,
              seed: Annotated[int, Query(ge=0, le=2**31)] = 0) -> dict[str, Any]:
        return read(lambda store: analysis.blocs(store, since=since, until=until, half_life=half_life,
                                                 seed=seed).to_dict())

    @app.get("/api/shadow", dependencies=api_deps, summary="Shadow-conflict dyads with evidence")
    def shadow(top: Annotated[int, Query(ge=1, le=100)] = 10, evidence: Annotated[int, Query(ge=0, le=20)] = 3,
               since: Date = None, until: Date = None) -> list[dict[str, Any]]:
        return read(lambda store: analysis.shadow(store, top=top, evidence=evidence, since=since,
                                                  until=until).to_dict())

    @app.get("/api/warn", dependencies=api_deps, summary="Escalation alerts")
    def warn(window: Annotated[int, Query(ge=1, le=104)] = 4, baseline: Annotated[int, Query(ge=2, le=520)] = 52,
             threshold: Annotated[float, Query(ge=0, le=100)] = 2.0, as_of: Date = None) -> list[dict[str, Any]]:
        return read(lambda store: analysis.warn(store, window=window, baseline=baseline, threshold=threshold,
                                                as_of=as_of).to_dict())

    @app.get("/api/domino", dependencies=api_deps, summary="Domino cascade from a shock between two actors")
    def domino(source: Actor, target: Actor, runs: Annotated[int, Query(ge=1, le=MAX_RUNS)] = 2_000,
               seed: Annotated[int, Query(ge=0, le=2**31)] = 0, top: Annotated[int, Query(ge=1, le=200)] = 20,
               p_alliance: Annotated[float, Query(ge=0, le=1)] = analysis.CascadeParams.p_alliance,
               since: Date = None, until: Date = None,
               half_life: Annotated[float, Query(gt=0, le=100_000)] = 180.0) -> dict[str, Any]:
        return read(lambda store: analysis.domino(store, source, target, runs=runs, seed=seed, top=top,
                                                  p_alliance=p_alliance, since=since, until=until,
                                                  half_life=half_life).to_dict())

    @app.get("/api/places", dependencies=api_deps, summary="Where events happened, where the place is known")
    def places(since: Date = None, until: Date = None,
               limit: Annotated[int, Query(ge=1, le=5_000)] = 500) -> list[dict[str, Any]]:
        return read(lambda store: [p.to_dict() for p in store.places(since=since, until=until, limit=limit)])

    @app.get("/api/actors/resolve", dependencies=api_deps, summary="Resolve an actor phrase")
    def resolve(text: Annotated[str, Query(min_length=1, max_length=200)], date: Date = None,
                country: Annotated[str | None, Query(max_length=16)] = None) -> dict[str, Any]:
        return api.resolve(text, date=date, country=country).to_dict()

    @app.post("/api/code", dependencies=api_deps, summary="Code a text into events (stores nothing)")
    def code(request: Annotated[CodeRequest, Body()]) -> list[dict[str, Any]]:
        with coding_lock:
            return [e.to_dict() for e in api.code(request.text, date=request.date, **options)]

    @app.post("/api/ingest", dependencies=[Depends(writer), Depends(known_parameters)],
              summary="Code documents and store them")
    def ingest(request: Annotated[IngestRequest, Body()]) -> dict[str, Any]:
        documents = [api.document(d.model_dump()) for d in request.documents]
        with coding_lock, gate.writing() as store:
            return store.ingest(documents, **options).to_dict()

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(STATIC.joinpath("index.html")), media_type="text/html")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _mount_docs(app)
    return app


def _mount_docs(app: FastAPI) -> None:
    """Interactive docs at /docs from the Swagger UI files of an installed package (nothing from a CDN)."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # the docs page is optional; /openapi.json is always there
        @app.get("/docs", include_in_schema=False)
        def no_docs() -> HTMLResponse:
            return HTMLResponse('<p>Interactive docs need the swagger-ui-bundle-v2 package. '
                                'The schema is at <a href="/openapi.json">/openapi.json</a>.</p>')
        return
    from fastapi.openapi.docs import get_swagger_ui_html

    app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="shadowline API",
                                   swagger_js_url="/docs/assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs/assets/swagger-ui.css",
                                   swagger_favicon_url="/docs/assets/favicon-32x32.png")
