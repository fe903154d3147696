"""The dashboard and the JSON API v1 over one DuckDB file, read-only.

``create_app(db)`` builds the FastAPI application; ``kibaru serve`` runs it with uvicorn. Pages are
rendered on the server with Jinja2 (autoescape on: scraped titles and text are hostile input); the
small script in ``static/`` only adds conveniences, every page works without it.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from kibaru import __version__
from kibaru.errors import StorageError
from kibaru.serve import queries
from kibaru.store import open_storage, resolve_db

HERE = Path(__file__).parent
TOKEN_COOKIE = "kibaru_token"
# Defence in depth behind autoescaping: no inline script, nothing loaded from another origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}



def _cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """One cursor per request: a DuckDB connection must not be shared between threads, its cursors may."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def _filters(
    q: str | None = None, outlet: str | None = None, since: str | None = None, until: str | None = None,
    cluster: str | None = None,
) -> queries.Filters:
    for name, value in (("since", since), ("until", until)):
        if not queries.valid_date(value):
            raise HTTPException(422, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD")
    return queries.Filters(q=q or None, outlet=outlet or None, since=since or None, until=until or None,
                           cluster=cluster or None)


Cur = Annotated[duckdb.DuckDBPyConnection, Depends(_cursor)]
Flt = Annotated[queries.Filters, Depends(_filters)]
Limit = Annotated[int | None, Query(ge=1, description=f"page size, capped at {queries.MAX_PAGE_SIZE}")]
Offset = Annotated[int, Query(ge=0)]


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: a ``javascript:`` link in scraped metadata must not become clickable."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _page_links(request: Request, filters: queries.Filters, page: queries.Page) -> dict[str, Any]:
    pages = max(1, math.ceil(page.total / page.limit))
    current = page.offset // page.limit + 1

    def link(n: int) -> str:
        params = {**filters.as_params(), "limit": str(page.limit), "offset": str((n - 1) * page.limit)}
        return f"{request.url.path}?{urlencode(params)}"

    return {
        "pages": pages, "current": current,
        "prev": link(current - 1) if current > 1 else None,
        "next": link(current + 1) if current < pages else None,
    }


def create_app(db: str | None = None, *, token: str | None = None) -> FastAPI:
    """The application over the database ``db`` (opened read-only once, one cursor per request)."""
    path = resolve_db(db)
    storage = open_storage(path, read_only=True)
    con: duckdb.DuckDBPyConnection = storage.con  # type: ignore[attr-defined]

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        storage.close()

    app = FastAPI(
        title="kibaru API", version=__version__, lifespan=lifespan,
        # FastAPI's /docs and /redoc load their scripts from a CDN: nothing may be fetched at run time, so the
        # API is described by /openapi.json and the server-rendered /api page instead.
        docs_url=None, redoc_url=None,
        description="Read-only access to a kibaru database: articles, republication clusters, status.",
    )
    app.state.storage = storage
    app.state.con = con
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # Every scraped string is hostile input: escape everything, whatever a template's name.
    templates.env.autoescape = True
    templates.env.globals["version"] = __version__
    templates.env.globals["database"] = Path(path).name
    templates.env.globals["mark_matches"] = queries.mark_matches
    templates.env.filters["safe_url"] = safe_url

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        set_cookie = False
        if token is not None and not request.url.path.startswith("/static/"):
            given = request.headers.get("authorization", "")
            offered = given[7:] if given.lower().startswith("bearer ") else None
            if offered is None and "token" in request.query_params:
                offered = request.query_params["token"]
                set_cookie = True
            offered = offered or request.cookies.get(TOKEN_COOKIE)
            if not offered or not hmac.compare_digest(offered.encode(), token.encode()):
                response: Response = JSONResponse({"detail": "a valid token is required"}, status_code=401,
                                                  headers={"WWW-Authenticate": "Bearer"})
                response.headers.update(SECURITY_HEADERS)
                return response
        response = await call_next(request)
        if set_cookie and token is not None:
            # The browser keeps the token so that links inside the dashboard work without it in the URL.
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code, "detail": exc.detail}, status_code=exc.status_code
        )

    # ----- JSON API -------------------------------------------------------------------------------

    @app.get("/api/articles", tags=["api"])
    def api_articles(cur: Cur, flt: Flt, limit: Limit = None, offset: Offset = 0) -> list[dict[str, Any]]:
        """Articles matching the filters, newest first: id, title, date, outlet, cluster_id, snippet."""
        page = queries.search(cur, flt, limit, offset)
        return [{k: v for k, v in it.items() if k != "lead"} for it in page.items]

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(cur: Cur, article_id: str) -> dict[str, Any]:
        """One article as the contract record (shared/spec/article.schema.json)."""
        record = queries.get_record(cur, article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id}")
        return record

    @app.get("/api/clusters/{cluster_id}", tags=["api"])
    def api_cluster(cur: Cur, cluster_id: str) -> dict[str, Any]:
        """A republication cluster and its members (the first publication flagged)."""
        cluster = queries.get_cluster(cur, cluster_id)
        if cluster is None:
            raise HTTPException(404, f"no cluster {cluster_id}")
        cluster["members"] = [{k: v for k, v in m.items() if k != "lead"} for m in cluster["members"]]
        return cluster

    @app.get("/api/status", tags=["api"])
    def api_status(cur: Cur) -> dict[str, Any]:
        """Counts and the last ingest runs."""
        return {"version": __version__, **queries.status(cur)}

    # ----- pages ----------------------------------------------------------------------------------

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> Response:
        spec = app.openapi()
        endpoints = [
            {"method": method.upper(), "path": route, "summary": op.get("description") or op.get("summary", ""),
             "params": [(p["name"], p.get("in", ""), p.get("description", "")) for p in op.get("parameters", [])]}
            for route, ops in spec["paths"].items() for method, op in ops.items()
        ]
        return templates.TemplateResponse(request, "api.html", {"endpoints": endpoints, "nav": "api"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        # Browsers ask for it on every page without a <link rel=icon> (the JSON views).
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, cur: Cur) -> Response:
        per_month = queries.months(cur)
        peak = max((m["articles"] for m in per_month), default=1)
        return templates.TemplateResponse(request, "home.html", {
            "status": queries.status(cur), "latest": queries.latest(cur), "outlets": queries.outlets(cur)[:12],
            "months": per_month, "peak": peak, "nav": "home",
        })

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, cur: Cur, flt: Flt, limit: Limit = None, offset: Offset = 0) -> Response:
        page = queries.search(cur, flt, limit, offset)
        return templates.TemplateResponse(request, "search.html", {
            "filters": flt, "page": page, "links": _page_links(request, flt, page),
            "outlet_names": queries.outlet_names(cur), "nav": "search",
        })

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, cur: Cur, article_id: str) -> Response:
        article = queries.get_article(cur, article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        cluster = queries.get_cluster(cur, article.cluster_id) if article.cluster_id else None
        return templates.TemplateResponse(request, "article.html", {
            "a": article, "lead": queries.lead(article.text),
            "paragraphs": queries.paragraphs(article.text, article.entities, article.quotes),
            "cluster": cluster if cluster and cluster["size"] > 1 else None, "nav": "search",
        })

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request, cur: Cur) -> Response:
        return templates.TemplateResponse(request, "outlets.html", {
            "outlets": queries.outlets(cur), "pairs": queries.republication_pairs(cur), "nav": "outlets",
        })

    return app


def check_db(db: str | None) -> str:
    """The database path, or a StorageError naming what is missing (for the CLI)."""
    path = resolve_db(db)
    if path != ":memory:" and not Path(path).exists():
        raise StorageError(f"no database at {path}: run `kibaru ingest` first")
    return path
