"""The dashboard and the JSON API v1 over one database (a DuckDB file or a PostgreSQL URL), read-only.

``create_app(db)`` builds the FastAPI application; ``kibaru serve`` runs it with uvicorn. Pages are
rendered on the server with Jinja2 (autoescape on: scraped titles and text are hostile input); the
small script in ``static/`` only adds conveniences, every page works without it.
"""

from __future__ import annotations

import hmac
import math
import shlex
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from kibaru import __version__
from kibaru.api import check_event_type
from kibaru.enrich.voice import technique_voices
from kibaru.errors import ConfigError, KibaruError, StorageError
from kibaru.ingest import provenance
from kibaru.serve import analytics, charts, dialect, models, queries
from kibaru.serve.dialect import Cursor, database_label
from kibaru.serve.labels import load as load_labels
from kibaru.store import Storage, is_postgres_url, open_storage, resolve_db

HERE = Path(__file__).parent
KINDS_PATTERN = "^(PER|ORG|LOC|GPE|MISC|EVENT)(,(PER|ORG|LOC|GPE|MISC|EVENT))*$"
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
# Seconds a list that costs a scan (facet options, home page rankings) is kept on a database that others may
# be writing to (PostgreSQL); a DuckDB file served read-only cannot change, its lists are kept for good.
SHARED_CACHE_SECONDS = 60.0


def _cursor(request: Request) -> Iterator[Cursor]:
    """One read cursor per request (``Storage.read_cursor``): a DuckDB cursor of the one read-only connection,
    or on PostgreSQL a pooled connection in one read-only snapshot, so that several analysts are served at once."""
    storage: Storage = request.app.state.storage
    with storage.read_cursor() as cur:
        yield Cursor(cur, request.app.state.dialect)


class Refusal(HTTPException):
    """A refused request: ``detail`` (English) for the JSON API, ``french`` for the dashboard's error page."""

    def __init__(self, status_code: int, detail: str, french: str) -> None:
        super().__init__(status_code, detail)
        self.french = french


# The dashboard's page for the errors raised without a French message (Starlette's own 404/405, ...).
FRENCH_STATUS = {401: "Un jeton d'accès valide est requis : ouvrez l'adresse avec ?token=… donnée au lancement.",
                 404: "Page introuvable.", 405: "Méthode non autorisée.", 409: "Conflit.", 422: "Requête refusée.",
                 503: "La base de données ne répond pas."}
VOICE_REFUSED = ("voice must be author or quoted",
                 "La voix doit être « author » (le média) ou « quoted » (une citation).")


def _check_dates(since: str | None, until: str | None) -> None:
    for name, value in (("since", since), ("until", until)):
        if not queries.valid_date(value):
            raise Refusal(422, f"{name} must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}",
                          f"« {value} » ({'depuis' if name == 'since' else 'jusqu’au'}) n'est pas une date réelle : "
                          "écrivez AAAA, AAAA-MM ou AAAA-MM-JJ.")


def _event_type(value: str | None) -> str | None:
    """An event type filter (/timeline, /api/events, and /search, /api/articles through ``_filters``): an unknown
    type would silently list nothing, so it is refused (api.check_event_type) with the known types, in English for
    the API, in French on the dashboard's page. An empty value (the forms' "every type") is none."""
    try:
        return check_event_type(value or None)
    except KibaruError as exc:
        from kibaru.enrich.events import CAMEO  # the known types, as check_event_type reads them

        known = ", ".join(f"{load_labels().event_type(t)} ({t})" for t in CAMEO)
        raise Refusal(422, str(exc), f"« {value} » n'est pas un type d'événement connu ; types connus : {known}."
                      ) from exc


def _filters(
    q: Annotated[str | None, Query(description="French full-text query: accents and case folded, words stemmed "
                                               "(négocie finds négociations); \"quoted phrases\" match literally",
                                   max_length=500)] = None,
    outlet: str | None = None,
    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")] = None,
    cluster: Annotated[str | None, Query(description="republication cluster id")] = None,
    actor: Annotated[str | None, Query(description="actor: KB id (grp:wagner), Wikidata id, or a name, alias or "
                                                   "role the KB knows (Wagner, M. Lavrov)", max_length=200)] = None,
    coactor: Annotated[str | None, Query(description="a second actor, named as actor: only the articles naming both",
                                         max_length=200)] = None,
    narrative: Annotated[str | None, Query(description="narrative id, e.g. france-neocolonial")] = None,
    voice: Annotated[str | None, Query(description="voice of the narrative and/or technique asked for (alone: of any "
                                               "narrative): author (the outlet's own words) or quoted")] = None,
    event_type: Annotated[str | None, Query(description="event type, e.g. attack")] = None,
    technique: Annotated[str | None, Query(description="persuasion technique id")] = None,
    sort: Annotated[str | None, Query(description="relevance (default with q) or date")] = None,
    no_outlet: Annotated[bool, Query(description="only the articles whose outlet was not recorded")] = False,
    credit: Annotated[str | None, Query(description="part of the credited source (Source : TASS, Avec AFP), case "
                                                    "and accents ignored", max_length=200)] = None,
) -> queries.Filters:
    _check_dates(since, until)
    if voice and voice not in queries.VOICES:
        raise Refusal(422, *VOICE_REFUSED)
    if sort and sort not in queries.SORTS:
        raise Refusal(422, "sort must be relevance or date",
                      "Le tri doit être « relevance » (pertinence) ou « date ».")
    event_type = _event_type(event_type)
    return analytics.search_filters(q=q, outlet=outlet, since=since, until=until, cluster=cluster, actor=actor,
                                    narrative=narrative, voice=voice, event_type=event_type, technique=technique,
                                    sort=sort, coactor=coactor, no_outlet=no_outlet, credit=credit)


# A search finding nothing names each of its filters with the number of articles it would find without it (one
# count per filter, only when nothing was found; a search has at most a dozen filters).
def _relaxations(cur: Cursor, flt: queries.Filters, indexed: bool) -> list[dict[str, Any]]:
    """Each filter of a search finding nothing: its label, its value, the search without it and what that finds."""
    out: list[dict[str, Any]] = []
    for name, value in flt.as_params().items():
        if name == "sort":
            continue
        wider = flt.dropping(name)
        if name == "technique" and wider.voice and not wider.narrative:
            wider = wider.dropping("voice")  # a technique's voice alone would ask for a narrative's voice
        params = wider.as_params()
        out.append({"name": name, "label": queries.FILTER_LABELS.get(name, name),
                    "value": "" if name == "no_outlet" else value, "params": params,
                    "total": queries.search(cur, wider, 1, 0, indexed=indexed).total})
    return out


# The ``kibaru export`` option of each search filter (``no_outlet`` is a flag); a filter missing here would make the
# command select other articles, so a search using one gets no command. The command says ``--as-search``: the export
# then selects through the search's own SQL (``queries.matching_ids``), the same articles by construction.
_EXPORT_OPTIONS = {"since": "--since", "until": "--until", "outlet": "--outlet", "actor": "--actor",
                   "narrative": "--narrative", "technique": "--technique", "voice": "--voice", "credit": "--credit",
                   "q": "--text", "coactor": "--coactor", "event_type": "--event-type", "cluster": "--cluster",
                   "no_outlet": "--no-outlet"}


def _export_command(flt: queries.Filters) -> str | None:
    """The ``kibaru export -f csv`` command selecting the same articles as a search, or None if there is none."""
    params = {k: v for k, v in flt.as_params().items() if k != "sort"}
    if any(k not in _EXPORT_OPTIONS for k in params):
        return None
    return " ".join(["kibaru export -f csv --as-search", *(_EXPORT_OPTIONS[k] if k == "no_outlet" else
                                               f"{_EXPORT_OPTIONS[k]} {shlex.quote(v)}" for k, v in params.items())])


def _scope(since: str | None = None, until: str | None = None, outlet: str | None = None) -> analytics.Scope:
    _check_dates(since, until)
    return analytics.Scope(since=since or None, until=until or None, outlet=outlet or None)


Cur = Annotated[Cursor, Depends(_cursor)]
Flt = Annotated[queries.Filters, Depends(_filters)]
Scp = Annotated[analytics.Scope, Depends(_scope)]
# Reports listed under one timeline entry; the rest are counted (all are in /api/events). Listing every
# report made the whole-corpus timeline of the 100k benchmark database a 2.2 MB page.
TIMELINE_REPORTS_SHOWN = 50
# The /quotes page: quotes per page (a long list reads badly; /api/quotes pages further), speakers ranked.
QUOTES_SHOWN = 100
SPEAKERS_SHOWN = 30
# /api/facets: values per facet by default (the search page's 8 plus some), and at most (23 techniques fit).
FACET_VALUES = 10
MAX_FACET_VALUES = 100
# Actors side by side (/actors/compare, /api/actors/trend): at most, and the empty fields the page offers.
MAX_TREND_ACTORS = 8
COMPARE_FIELDS = 3
# An outlet's page: values per facet (actors, narratives, techniques, events) and speakers listed.
OUTLET_FACETS = 10
OUTLET_SPEAKERS = 15
# /api/techniques/by-outlet: outlets at most.
MAX_MATRIX_OUTLETS = 100
# The number of matches of a paged JSON list (/api/articles, /api/events, /api/quotes): a page is capped at
# queries.MAX_PAGE_SIZE, so without it a client could not tell a full answer from its first page.
TOTAL_HEADER = "X-Total-Count"
Limit = Annotated[int | None, Query(ge=1, description=f"page size, capped at {queries.MAX_PAGE_SIZE}")]
Offset = Annotated[int, Query(ge=0, le=queries.MAX_ROWS)]


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



def _mentions_chart(per_month: dict[str, tuple[int, int]], title: str) -> Markup:
    """An actor's or a group's articles and mentions per month (``per_month``: month -> (articles, mentions))."""
    months = analytics.month_range(list(per_month))
    return charts.lines(months, [
        charts.Series("articles", [per_month.get(m, (0, 0))[0] for m in months]),
        charts.Series("mentions", [per_month.get(m, (0, 0))[1] for m in months]),
    ], title)

def create_app(db: str | None = None, *, token: str | None = None) -> FastAPI:
    """The application over the database ``db`` (opened read-only once, one read cursor per request)."""
    storage = open_storage(resolve_db(db), read_only=True)
    shared = getattr(storage, "backend", "duckdb") == "postgres"

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
    app.state.dialect = dialect.for_backend(getattr(storage, "backend", "duckdb"))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # Every scraped string is hostile input: escape everything, whatever a template's name.
    templates.env.autoescape = True
    templates.env.globals["version"] = __version__
    templates.env.globals["database"] = database_label(storage)
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
                response: Response = (
                    error_page(request, 401, FRENCH_STATUS[401]) if wants_page(request)
                    else JSONResponse({"detail": "a valid token is required"}, status_code=401))
                response.headers["WWW-Authenticate"] = "Bearer"
                response.headers.update(SECURITY_HEADERS)
                return response
        response = await call_next(request)
        if set_cookie and token is not None:
            # The browser keeps the token so that links inside the dashboard work without it in the URL.
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError) -> Response:
        # An unknown actor group (« group:mars ») or a bad $KIBARU_GROUPS file: refused with what there is.
        if wants_page(request):
            return error_page(request, 422, f"Requête refusée : {exc}")
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StorageError)
    async def storage_error(request: Request, exc: StorageError) -> Response:
        # A database that went away or refused a query: a message, never a traceback.
        if wants_page(request):
            return error_page(request, 503, "La base de données ne répond pas ou a refusé la requête.", str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=503)

    def wants_page(request: Request) -> bool:
        return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")

    def error_page(request: Request, status: int, french: str, technical: str | None = None) -> Response:
        # Autoescaped like every page: an id or a value from the URL stays text.
        return templates.TemplateResponse(request, "error.html",
                                          {"status": status, "detail": french, "technical": technical},
                                          status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not wants_page(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        french = getattr(exc, "french", None) or FRENCH_STATUS.get(exc.status_code, "Requête refusée.")
        return error_page(request, exc.status_code, french)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        # A page's parameter that is not of its type (offset=-1, limit=x): FastAPI's JSON answer in English
        # for the API; the dashboard names the parameters in French.
        if not wants_page(request):
            return await request_validation_exception_handler(request, exc)
        names = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
        return error_page(request, 422, f"Paramètre refusé : {', '.join(names)} (valeur invalide)."
                          if names else "Requête refusée.")

    labels = load_labels()
    templates.env.globals["labels"] = labels
    templates.env.globals["actor_name"] = analytics.actor_name
    templates.env.globals["group_note"] = analytics.group_note
    templates.env.globals["group_href"] = analytics.group_href
    templates.env.globals["group_links"] = analytics.group_links
    cache: dict[Any, tuple[float, Any]] = {}

    def cached(key: Any, build: Callable[[], Any]) -> Any:
        """Lists that cost a scan, computed once (DuckDB: the file cannot change while served) or once a
        minute (PostgreSQL: ingests may be writing)."""
        now = time.monotonic()
        hit = cache.get(key)
        if hit is None or (shared and key != "indexed" and now - hit[0] > SHARED_CACHE_SECONDS):
            hit = (now, build())
            cache[key] = hit
        return hit[1]

    def require_index(cur: Cursor) -> None:
        if not cached("indexed", lambda: queries.has_index(cur)):
            raise Refusal(409, "this database predates the search index (schema v3): open it once for "
                               "writing, e.g. `kibaru ingest` of any path, to migrate it",
                          "Cette base précède l'index de recherche (schéma v3) : ouvrez-la une fois en écriture "
                          "(par exemple `kibaru ingest` de n'importe quel chemin) pour la migrer.")

    def require_technique_voices(cur: Cursor, flt: queries.Filters) -> None:
        """A technique filter with a voice on a database whose technique facets have no voice yet (schema
        v5 opened read-only) would list nothing: refused, saying how to migrate."""
        if not (flt.technique and flt.voice and cached("indexed", lambda: queries.has_index(cur))):
            return
        if not cached("technique_voices", lambda: queries.has_technique_voices(cur)):
            raise Refusal(409, "this database predates the voice of techniques (schema v6): open it once for "
                               "writing, e.g. `kibaru migrate`, to index them",
                          "Cette base précède la voix des techniques (schéma v6) : ouvrez-la une fois en écriture "
                          "(par exemple `kibaru migrate`) pour l'indexer.")

    # ----- JSON API -------------------------------------------------------------------------------

    @app.get("/api/articles", tags=["api"])
    def api_articles(response: Response, cur: Cur, flt: Flt, limit: Limit = None,
                     offset: Offset = 0) -> list[dict[str, Any]]:
        """Articles matching the filters (French full-text query and facets): id, title, date, outlet,
        cluster_id, snippet. By relevance when ``q`` is given (unless ``sort=date``), else newest first.
        The ``X-Total-Count`` header gives the number of matches (pages: ``limit``, ``offset``)."""
        require_technique_voices(cur, flt)
        page = queries.search(cur, flt, limit, offset, indexed=cached("indexed", lambda: queries.has_index(cur)))
        response.headers[TOTAL_HEADER] = str(page.total)
        return [{k: v for k, v in it.items() if k != "lead"} for it in page.items]

    @app.get("/api/facets", tags=["api"])
    def api_facets(cur: Cur, flt: Flt, per_facet: Annotated[int, Query(ge=1, le=MAX_FACET_VALUES, description=(
            "values listed per facet, most frequent first"))] = FACET_VALUES) -> dict[str, list[dict[str, Any]]]:
        """For the articles ``/api/articles`` finds with the same filters: the most frequent outlets, actors,
        narratives, event types and persuasion techniques, each with its number of articles (``n``); narratives and
        techniques also by voice (``author``: in the outlet's own words, ``quoted``: inside a quote; an article can
        count in both) — the search page's facets."""
        require_technique_voices(cur, flt)
        require_index(cur)
        return queries.facet_counts(cur, flt, per_facet)

    def recorded(cur: Cursor) -> bool:
        return bool(cached("recorded", lambda: provenance.has_records(cur)))

    def current_key() -> str | None:
        """The provenance key the configured components, KB and models give now (as ``kibaru status``), or None
        when the configuration cannot say (then no article is marked stale)."""
        return cached("current_key", _current_key)

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(cur: Cur, article_id: str) -> dict[str, Any]:
        """One article as the contract record (shared/spec/article.schema.json), with ``enrichment``: what
        enriched it (components, KB, models, key, enriched_at) when the database recorded it."""
        record = queries.get_record(cur, article_id, recorded=recorded(cur))
        if record is None:
            raise Refusal(404, f"no article {article_id}", f"Aucun article « {article_id} ».")
        return record

    @app.get("/api/clusters", tags=["api"], response_model=list[models.ClusterSummary])
    def api_clusters(cur: Cur, limit: Limit = None, offset: Offset = 0,
                     min_size: Annotated[int, Query(ge=1, description="smallest cluster listed")] = 2) -> Any:
        """Republication clusters, largest first, with the outlet and date of their first publication."""
        return queries.clusters(cur, limit, offset, min_size)

    @app.get("/api/clusters/{cluster_id}", tags=["api"])
    def api_cluster(cur: Cur, cluster_id: str) -> dict[str, Any]:
        """A republication cluster and its members (the first publication flagged)."""
        cluster = queries.get_cluster(cur, cluster_id)
        if cluster is None:
            raise Refusal(404, f"no cluster {cluster_id}", f"Aucun cluster « {cluster_id} ».")
        cluster["members"] = [{k: v for k, v in m.items() if k != "lead"} for m in cluster["members"]]
        return cluster

    @app.get("/api/actors", tags=["api"], response_model=list[models.ActorSummary])
    def api_actors(cur: Cur, scope: Scp, q: Annotated[str | None, Query(max_length=200)] = None,
                   kind: Annotated[str | None, Query(description="PER, ORG, LOC, MISC or EVENT")] = None,
                   limit: Limit = None) -> Any:
        """Actors of the knowledge base named in the articles, by number of articles."""
        require_index(cur)
        return analytics.actors(cur, scope, kind=kind, q=q, limit=queries.clamp_limit(limit))

    def trend_names(actor: list[str] | None) -> list[str]:
        names = [n.strip() for n in actor or [] if n and n.strip()]
        if len(names) > MAX_TREND_ACTORS:
            raise Refusal(422, f"at most {MAX_TREND_ACTORS} actors side by side",
                          f"Au plus {MAX_TREND_ACTORS} acteurs côte à côte.")
        return list(dict.fromkeys(names))

    @app.get("/api/actors/trend", tags=["api"])
    def api_actor_trend(cur: Cur, scope: Scp,
                        actor: Annotated[list[str] | None, Query(description=(
                            "repeatable: KB id, Wikidata id, or a name, alias or role the KB knows (Russie, France, "
                            "CEDEAO)"), max_length=200)] = None,
                        format: Annotated[str, Query(pattern="^(json|csv)$", description="json or csv")] = "json",
                        ) -> Any:
        """Actors side by side per month: the articles naming each (``series[].articles``, one number per month of
        ``months``) and every month's articles in all (``total``). ``format=csv``: one row per month, one column
        per actor, for a spreadsheet."""
        require_index(cur)
        names = trend_names(actor)
        if not names:
            raise Refusal(422, "name at least one actor: ?actor=Russie&actor=France",
                          "Nommez au moins un acteur : ?actor=Russie&actor=France.")
        trend = analytics.actor_trend(cur, names, scope)
        if format == "csv":
            return Response(trend_csv(trend), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="kibaru-actors-trend.csv"'})
        return trend

    @app.get("/api/groups/{group}", tags=["api"], response_model=models.GroupDetail)
    def api_group(cur: Cur, scope: Scp, group: str) -> Any:
        """An actor group as a whole (``russia`` or ``group:russia``; also at ``/api/actors/group:russia``): its
        members with their dates and articles, articles and mentions per month, the outlets naming it most, its quotes
        (oldest first, as ``/api/quotes?speaker=group:…``), who speaks for it and its events — a dated member (a
        minister) counted only in articles of its term. An unknown group is refused (422) naming the groups."""
        require_index(cur)
        key = group if group.strip().lower().startswith("group:") else f"group:{group}"
        return group_json(analytics.group_detail(cur, analytics.actor_group(key), scope))

    @app.get("/api/actors/{kb_id}", tags=["api"], response_model=models.ActorDetail)
    def api_actor(cur: Cur, scope: Scp, kb_id: str) -> Any:
        """One actor: mentions per month, co-occurring actors, narratives around it, its quotes and events, the actor
        groups it belongs to. An actor group's key (``group:russia``) answers as ``/api/groups/{group}``."""
        require_index(cur)
        if kb_id.strip().lower().startswith("group:"):  # an actor group (an unknown one: refused, naming them)
            return JSONResponse(group_json(analytics.group_detail(cur, analytics.actor_group(kb_id), scope)))
        detail = analytics.actor_detail(cur, kb_id, scope)
        if detail is None:
            raise Refusal(404, f"no actor {kb_id} in the articles", f"Aucun acteur « {kb_id} » dans les articles.")
        detail.pop("events_since", None)
        return {**detail, "events": [e.to_dict() for e in detail["events"]],
                "per_month": {k: list(v) for k, v in detail["per_month"].items()}}

    @app.get("/api/events", tags=["api"], response_model=list[models.Event])
    def api_events(response: Response, cur: Cur, scope: Scp, type: str | None = None,
                   actor: Annotated[str | None, Query(description="kb id or part of a name")] = None,
                   place: Annotated[str | None, Query(description=(
                       "part of the location's name, or a KB place and the places in it (Burkina Faso: Djibo too)"
                   ))] = None,
                   disagree: Annotated[bool, Query(description="only events whose death tolls disagree")] = False,
                   min_fatalities: Annotated[int | None, Query(ge=0, description=(
                       "only events for which some report gives at least this many deaths"))] = None,
                   limit: Limit = None, offset: Offset = 0,
                   format: Annotated[str, Query(pattern="^(json|csv)$", description=(
                       "json, or csv: every entry (no paging), the rows of `kibaru timeline -f csv`"))] = "json",
                   ) -> Any:
        """The merged timeline: one entry per real-world event with every article reporting it, by date.
        The ``X-Total-Count`` header gives the number of entries (pages: ``limit``, ``offset``)."""
        type = _event_type(type)
        entries = analytics.timeline(cur, scope, type=type, actor=actor, place=place, disagree_only=disagree,
                                     min_fatalities=min_fatalities)
        if format == "csv":
            return Response(timeline_csv(entries), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="kibaru-timeline.csv"',
                                     TOTAL_HEADER: str(len(entries))})
        response.headers[TOTAL_HEADER] = str(len(entries))
        n = queries.clamp_limit(limit)
        return [e.to_dict() for e in entries[offset:offset + n]]

    @app.get("/api/quotes", tags=["api"], response_model=list[models.QuoteFinding])
    def api_quotes(response: Response, cur: Cur, scope: Scp,
                   speaker: Annotated[str | None, Query(description="who speaks: kb id, Wikidata id or a name the "
                                                                    "KB knows, e.g. Lavrov", max_length=200)] = None,
                   about: Annotated[str | None, Query(description="only quotes naming this actor inside the quote",
                                                      max_length=200)] = None,
                   limit: Limit = None, offset: Offset = 0) -> Any:
        """Who said what, oldest first: the quotes of ``speaker`` naming ``about`` (each optional), with the
        mentions found inside the quote and offsets into the article text — the rows of ``kibaru quotes``.
        The ``X-Total-Count`` header gives the number of quotes (pages: ``limit``, ``offset``)."""
        require_index(cur)
        found, total = analytics.quote_page(cur, scope, speaker or None, about or None, queries.clamp_limit(limit),
                                            offset)
        response.headers[TOTAL_HEADER] = str(total)
        return [f.to_dict() for f in found]

    @app.get("/api/quotes/speakers", tags=["api"], response_model=list[models.QuoteSpeaker])
    def api_quote_speakers(cur: Cur, scope: Scp,
                           speaker: Annotated[str | None, Query(description="as /api/quotes", max_length=200)] = None,
                           about: Annotated[str | None, Query(description="only quotes naming this actor inside the "
                                                                          "quote, as /api/quotes",
                                                              max_length=200)] = None,
                           limit: Limit = None) -> Any:
        """Who is quoted (about ``about``), most quoted first: quotes, articles, distinct quoted texts and outlets
        per speaker — the ranking of the ``/quotes`` page."""
        require_index(cur)
        return analytics.speaker_ranking(cur, scope, speaker or None, about or None, queries.clamp_limit(limit))

    @app.get("/api/narratives", tags=["api"], response_model=list[models.NarrativeSummary])
    def api_narratives(cur: Cur, scope: Scp) -> Any:
        """Narratives detected, with the articles voicing them (author) or quoting them, and outlets."""
        require_index(cur)
        return analytics.narratives(cur, scope)

    @app.get("/api/techniques/by-outlet", tags=["api"])
    def api_techniques_by_outlet(cur: Cur, scope: Scp, voice: Annotated[str | None, Query(description=(
            "author (default: the outlet's own words), quoted, or empty for either"))] = "author",
            outlets: Annotated[int, Query(ge=1, le=MAX_MATRIX_OUTLETS, description="outlets listed, most first")
                               ] = analytics.MATRIX_OUTLETS) -> dict[str, Any]:
        """Technique × outlet: for each technique, the articles of each outlet carrying it in ``voice``
        (``techniques[].articles`` follows ``outlets``), with each outlet's articles in all."""
        # As a technique filter in a voice: refused on a database whose technique facets have no voice yet.
        require_technique_voices(cur, queries.Filters(technique="any", voice=voice or None))
        require_index(cur)
        if voice and voice not in queries.VOICES:
            raise Refusal(422, *VOICE_REFUSED)
        return analytics.techniques_by_outlet(cur, scope, voice or None, outlets)

    @app.get("/api/narratives/prevalence", tags=["api"], response_model=models.Prevalence)
    def api_prevalence(cur: Cur, scope: Scp, narrative: str | None = None,
                       by: Annotated[str, Query(pattern="^(voice|outlet|narrative)$")] = "voice") -> Any:
        """Articles per month carrying a narrative (or any), split by voice, outlet or narrative."""
        require_index(cur)
        return {"by": by, "series": analytics.narrative_prevalence(cur, scope, narrative, by)}

    @app.get("/api/narratives/{narrative_id}", tags=["api"], response_model=models.NarrativeDetail)
    def api_narrative(cur: Cur, scope: Scp, narrative_id: str) -> Any:
        """One narrative: prevalence per month by voice and by outlet, outlets, best evidence sentences."""
        require_index(cur)
        summary = next((n for n in analytics.narratives(cur, scope) if n["id"] == narrative_id), None)
        if summary is None:
            raise Refusal(404, f"narrative {narrative_id} not found in the articles",
                          f"Aucun récit « {narrative_id} » dans les articles.")
        return {"summary": summary, "by_voice": analytics.narrative_prevalence(cur, scope, narrative_id, "voice"),
                "by_outlet": analytics.narrative_prevalence(cur, scope, narrative_id, "outlet"),
                "outlets": analytics.narrative_outlets(cur, narrative_id, scope),
                "evidence": analytics.narrative_evidence(cur, narrative_id, scope)}

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
        months = analytics.month_range([m["month"] for m in per_month])
        counts = {m["month"]: m["articles"] for m in per_month}
        chart = charts.bars(months, [counts.get(m, 0) for m in months], "Articles par mois", unit="articles")
        indexed = cached("indexed", lambda: queries.has_index(cur))
        return templates.TemplateResponse(request, "home.html", {
            "status": queries.status(cur), "latest": queries.latest(cur), "outlets": queries.outlets(cur)[:12],
            "months": per_month, "peak": peak, "nav": "home", "chart": chart,
            "narratives": cached("home_narratives", lambda: analytics.narratives(cur)[:8]) if indexed else [],
            "actors": cached("home_actors", lambda: analytics.actors(cur, limit=12)) if indexed else [],
        })

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, cur: Cur, flt: Flt, limit: Limit = None, offset: Offset = 0) -> Response:
        require_technique_voices(cur, flt)
        indexed = cached("indexed", lambda: queries.has_index(cur))
        page = queries.search(cur, flt, limit, offset, indexed=indexed)
        return templates.TemplateResponse(request, "search.html", {
            "filters": flt, "page": page, "links": _page_links(request, flt, page),
            "outlet_names": queries.outlet_names(cur), "nav": "search", "indexed": indexed,
            "actor_options": cached("actor_options", lambda: queries.facet_options(cur, "actor")),
            "narrative_options": cached("narrative_options", lambda: queries.facet_options(cur, "narrative")),
            "event_options": cached("event_options", lambda: queries.facet_options(cur, "event_type")),
            "actor_name": analytics.actor_name,
            # A credit finding nothing (« TASS »): the sources the articles do credit, to pick one.
            "credits": queries.credited_totals(cur) if flt.credit and not page.total else [],
            "relax": _relaxations(cur, flt, indexed) if not page.total else [],
            "export_command": _export_command(flt),
        })

    @app.get("/search/facets", response_class=HTMLResponse, include_in_schema=False)
    def search_facets(request: Request, cur: Cur, flt: Flt) -> Response:
        """The facet counts of a search, as a fragment the search page loads after its results (they
        cost more than the page of results on a large database; the results do not wait for them)."""
        indexed = cached("indexed", lambda: queries.has_index(cur))
        return templates.TemplateResponse(request, "_facets.html", {
            "filters": flt, "facets": queries.facet_counts(cur, flt) if indexed else {},
            "standalone": "fragment" not in request.query_params,
        })

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, cur: Cur, article_id: str, q: str | None = None) -> Response:
        has_records = recorded(cur)
        article = queries.get_article(cur, article_id, recorded=has_records)
        if article is None:
            raise Refusal(404, f"no article {article_id}", f"Aucun article « {article_id} ».")
        enriched = provenance.summary(article.enrichment, current_key()) if has_records else None
        # Technique spans stored before they carried a voice get it from the stored quotes (same rule).
        article.techniques = technique_voices(article.techniques, article.quotes)
        cluster = queries.get_cluster(cur, article.cluster_id) if article.cluster_id else None
        evidence = queries.evidence_spans(article.narratives)
        return templates.TemplateResponse(request, "article.html", {
            "a": article, "lead": queries.lead(article.text), "enriched": enriched, "recorded": has_records,
            "paragraphs": queries.paragraphs(article.text, article.entities, article.quotes, narratives=evidence,
                                             techniques=article.techniques, events=article.events),
            "cluster": cluster if cluster and cluster["size"] > 1 else None, "nav": "search",
            "actors": sorted({(e.get("kb_id"), e.get("canonical") or e.get("text")) for e in article.entities
                              if isinstance(e, dict) and e.get("kb_id")}, key=lambda t: str(t[1])),
        })

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request, cur: Cur) -> Response:
        pairs = queries.republication_pairs(cur)
        graph = analytics.syndication_graph(pairs)
        return templates.TemplateResponse(request, "outlets.html", {
            "outlets": queries.outlets(cur), "pairs": pairs, "nav": "outlets",
            "graph": charts.graph(graph["nodes"], graph["edges"], "Qui reprend qui", directed=True, height=460),
            "clusters": queries.clusters(cur, 15), "credits": queries.credited_sources(cur),
        })

    @app.get("/outlets/profile", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, cur: Cur,
                    outlet: Annotated[str, Query(min_length=1, max_length=300)]) -> Response:
        """One outlet on one page: its articles and period, whom it copies and who copies it (with delay and credit),
        the sources it credits, its actors, narratives and techniques by voice, and who it quotes."""
        require_index(cur)
        row = next((o for o in queries.outlets(cur) if o["outlet"] == outlet), None)
        if row is None:
            raise Refusal(404, f"no outlet {outlet}", f"Aucun média « {outlet} » dans la base.")
        pairs = queries.republication_pairs(cur)
        flt = queries.Filters(outlet=outlet)
        return templates.TemplateResponse(request, "outlet.html", {
            "o": row, "copies_from": [p for p in pairs if p["republisher"] == outlet],
            "copied_by": [p for p in pairs if p["original"] == outlet], "credits": queries.credited_by(cur, outlet),
            "facets": queries.facet_counts(cur, flt, OUTLET_FACETS), "filters": flt, "nav": "outlets",
            "speakers": analytics.speaker_ranking(cur, analytics.Scope(outlet=outlet), limit=OUTLET_SPEAKERS),
            "actor_name": analytics.actor_name, "standalone": False,
        })

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, cur: Cur, scope: Scp, q: Annotated[str | None, Query(max_length=200)] = None,
                    kind: str | None = None) -> Response:
        require_index(cur)
        rows = analytics.actors(cur, scope, kind=kind or None, q=q, limit=200)
        top = rows[:20]
        chart = charts.hbars([(r["name"], r["articles"]) for r in top], "Acteurs les plus nommés (articles)",
                             href=[f"/actors/{r['kb_id']}" for r in top])
        return templates.TemplateResponse(request, "actors.html", {
            "rows": rows, "q": q or "", "kind": kind or "", "scope": scope, "chart": chart, "nav": "actors",
        })

    @app.get("/actors/compare", response_class=HTMLResponse, include_in_schema=False)
    def actors_compare_page(request: Request, cur: Cur, scope: Scp,
                            actor: Annotated[list[str] | None, Query(max_length=200)] = None) -> Response:
        """« Russie vs France par mois »: the actors named side by side, as a chart and a table."""
        require_index(cur)
        names = trend_names(actor)
        trend = analytics.actor_trend(cur, names, scope) if names else {"months": [], "total": [], "series": []}
        chart = charts.lines(trend["months"], [charts.Series(s["name"], s["articles"]) for s in trend["series"]],
                             "Articles nommant chaque acteur, par mois")
        notes = [note for s in trend["series"] if not s["known"]
                 for note in [analytics.unknown_name_note(s["query"], "Acteur")] if note]
        params = [("actor", n) for n in names] + list(scope.params().items())
        return templates.TemplateResponse(request, "compare.html", {
            "trend": trend, "chart": chart, "names": names, "scope": scope, "notes": notes, "nav": "actors",
            "slots": max(COMPARE_FIELDS, len(names) + 1), "query": urlencode(params),
            "outlet_names": queries.outlet_names(cur), "groups": analytics.actor_groups(),
        })

    @app.get("/actors/{kb_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, cur: Cur, scope: Scp, kb_id: str,
                   about: Annotated[str | None, Query(max_length=200)] = None) -> Response:
        require_index(cur)
        if kb_id.strip().lower().startswith("group:"):  # an actor group's own page (an unknown one: refused)
            group = analytics.group_detail(cur, analytics.actor_group(kb_id), scope)
            chart = _mentions_chart(group["per_month"], f"Mentions de {group['label']} par mois (l'un de ses membres)")
            return templates.TemplateResponse(request, "group.html", {
                "g": group, "chart": chart, "scope": scope, "nav": "actors",
                "scope_query": urlencode(scope.params()), "outlet_names": queries.outlet_names(cur),
            })
        detail = analytics.actor_detail(cur, kb_id, scope)
        if detail is None:
            raise Refusal(404, f"no actor {kb_id} in the articles", f"Aucun acteur « {kb_id} » dans les articles.")
        if about:  # « ses citations à propos de la France »: the one quotes query (/api/quotes, kibaru quotes)
            detail["quotes"] = [f.to_dict() for f in analytics.quotes(cur, scope, detail["kb_id"], about)]
        chart = _mentions_chart(detail["per_month"], f"Mentions de {detail['name']} par mois")
        return templates.TemplateResponse(request, "actor.html", {
            "d": detail, "chart": chart, "scope": scope, "nav": "actors", "about": about or "",
        })

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, cur: Cur, scope: Scp,
                    speaker: Annotated[str | None, Query(max_length=200)] = None,
                    about: Annotated[str | None, Query(max_length=200)] = None,
                    limit: Limit = None, offset: Offset = 0) -> Response:
        """Who said what: the quotes of ``/api/quotes`` with the same filters, and who is quoted most."""
        require_index(cur)
        n = queries.clamp_limit(limit or QUOTES_SHOWN)
        found, total = analytics.quote_page(cur, scope, speaker or None, about or None, n, offset)
        params = {k: v for k, v in (("speaker", speaker), ("about", about), *scope.params().items()) if v}
        nxt = f"/quotes?{urlencode({**params, 'offset': offset + n})}" if offset + n < total else None
        prv = f"/quotes?{urlencode({**params, 'offset': max(0, offset - n)})}" if offset > 0 else None
        notes = [note for option, value in (("Qui parle", speaker), ("À propos de", about)) if value
                 for note in [analytics.unknown_name_note(value, option)] if note]
        return templates.TemplateResponse(request, "quotes.html", {
            "quotes": [f.to_dict() for f in found], "total": total,
            "speakers": analytics.speaker_ranking(cur, scope, speaker or None, about or None, SPEAKERS_SHOWN),
            "speaker": speaker or "",
            "about": about or "", "scope": scope, "params": params, "next": nxt, "prev": prv, "offset": offset,
            "notes": notes, "nav": "quotes", "outlet_names": queries.outlet_names(cur),
        })

    @app.get("/narratives", response_class=HTMLResponse, include_in_schema=False)
    def narratives_page(request: Request, cur: Cur, scope: Scp) -> Response:
        require_index(cur)
        rows = analytics.narratives(cur, scope)
        prevalence = analytics.narrative_prevalence(cur, scope, None, "narrative")
        months = analytics.month_range([m for s in prevalence.values() for m in s])
        top = [r["id"] for r in rows[: analytics.MAX_SERIES]]
        chart = charts.lines(months, [charts.Series(labels.narrative(n), [prevalence.get(n, {}).get(m, 0)
                                                                          for m in months]) for n in top],
                             "Articles portant chaque récit, par mois")
        voices = analytics.narrative_prevalence(cur, scope, None, "voice")
        voice_chart = charts.lines(months, [charts.Series(labels.voice(v), [voices.get(v, {}).get(m, 0)
                                                                            for m in months]) for v in queries.VOICES],
                                   "Tous récits : voix du média ou citation, par mois")
        return templates.TemplateResponse(request, "narratives.html", {
            "rows": rows, "chart": chart, "voice_chart": voice_chart, "scope": scope, "nav": "narratives",
            "techniques": analytics.techniques(cur, scope),
            "matrix": analytics.techniques_by_outlet(cur, scope, "author") if not scope.outlet else None,
            "known": [(nid, labels.narrative(nid)) for nid in labels.narratives if nid not in {r["id"] for r in rows}],
        })

    @app.get("/narratives/{narrative_id}", response_class=HTMLResponse, include_in_schema=False)
    def narrative_page(request: Request, cur: Cur, scope: Scp, narrative_id: str,
                       voice: str | None = None) -> Response:
        require_index(cur)
        if voice and voice not in queries.VOICES:
            raise Refusal(422, *VOICE_REFUSED)
        summary = next((n for n in analytics.narratives(cur, scope) if n["id"] == narrative_id), None)
        if summary is None:
            raise Refusal(404, f"narrative {narrative_id} not found in the articles",
                          f"Aucun récit « {narrative_id} » dans les articles.")
        by_voice = analytics.narrative_prevalence(cur, scope, narrative_id, "voice")
        by_outlet = analytics.narrative_prevalence(cur, scope, narrative_id, "outlet")
        months = analytics.month_range([m for s in (*by_voice.values(), *by_outlet.values()) for m in s])
        voice_chart = charts.lines(months, [charts.Series(labels.voice(v), [by_voice.get(v, {}).get(m, 0)
                                                                            for m in months]) for v in queries.VOICES],
                                   "Articles par mois, selon la voix")
        top_outlets = sorted(by_outlet, key=lambda o: -sum(by_outlet[o].values()))[: analytics.MAX_SERIES]
        outlet_chart = charts.lines(months, [charts.Series(o, [by_outlet[o].get(m, 0) for m in months])
                                             for o in top_outlets], "Articles par mois, selon le média")
        return templates.TemplateResponse(request, "narrative.html", {
            "n": summary, "voice_chart": voice_chart, "outlet_chart": outlet_chart, "scope": scope, "voice": voice,
            "outlets": analytics.narrative_outlets(cur, narrative_id, scope),
            "evidence": analytics.narrative_evidence(cur, narrative_id, scope, voice), "nav": "narratives",
        })

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, cur: Cur, scope: Scp, type: str | None = None,
                      actor: Annotated[str | None, Query(max_length=200)] = None,
                      place: Annotated[str | None, Query(max_length=200)] = None, disagree: bool = False,
                      deaths: Annotated[str | None, Query(alias="min_fatalities", max_length=9)] = None,
                      limit: Limit = None, offset: Offset = 0) -> Response:
        type = _event_type(type)
        # The form sends an empty field when no minimum is wanted: not a number, not an error.
        if deaths and deaths.strip() and not deaths.strip().isdecimal():
            raise Refusal(422, "min_fatalities must be a whole number",
                          f"« Morts ≥ » attend un nombre entier, pas « {deaths} ».")
        min_fatalities = int(deaths) if deaths and deaths.strip() else None
        # Too many reports to merge at once: the latest months of the period that stay within the limit.
        narrowed = analytics.recent_since(cur, scope)
        if narrowed:
            scope = analytics.Scope(since=narrowed, until=scope.until, outlet=scope.outlet)
        entries = analytics.timeline(cur, scope, type=type or None, actor=actor or None, place=place or None,
                                     disagree_only=disagree, min_fatalities=min_fatalities)
        n = queries.clamp_limit(limit or 50)
        per_month: dict[str, int] = {}
        for e in entries:
            if e.date and len(e.date) >= 7:
                per_month[e.date[:7]] = per_month.get(e.date[:7], 0) + 1
        months = analytics.month_range(list(per_month))
        chart = charts.bars(months, [per_month.get(m, 0) for m in months], "Événements par mois", unit="événements",
                            colour="#0f766e")
        params = {k: v for k, v in (("type", type), ("actor", actor), ("place", place), *scope.params().items(),
                                    ("disagree", "true" if disagree else None),
                                    ("min_fatalities", None if min_fatalities is None else str(min_fatalities))) if v}
        nxt = f"/timeline?{urlencode({**params, 'offset': offset + n})}" if offset + n < len(entries) else None
        prv = f"/timeline?{urlencode({**params, 'offset': max(0, offset - n)})}" if offset > 0 else None
        return templates.TemplateResponse(request, "timeline.html", {
            "entries": entries[offset:offset + n], "total": len(entries), "chart": chart, "scope": scope,
            "type": type or "", "actor": actor or "", "place": place or "", "disagree": disagree,
            "min_fatalities": "" if min_fatalities is None else min_fatalities,
            "types": analytics.event_types(cur) if cached("indexed", lambda: queries.has_index(cur)) else [],
            "disagreements": sum(1 for e in entries if e.fatalities_disagree), "next": nxt, "prev": prv,
            "offset": offset, "nav": "timeline", "outlet_names": queries.outlet_names(cur), "narrowed": narrowed,
            "max_reports": TIMELINE_REPORTS_SHOWN, "csv_query": urlencode({**params, "format": "csv"}),
        })

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, cur: Cur, scope: Scp,
                     nodes: Annotated[int, Query(ge=2, le=analytics.MAX_NODES)] = analytics.DEFAULT_NODES,
                     kinds: Annotated[str, Query(pattern=KINDS_PATTERN)] = "PER,ORG",
                     min_weight: Annotated[int, Query(ge=1, le=10_000)] = 1) -> Response:
        require_index(cur)
        kind_list = tuple(sorted(set(kinds.split(","))))
        net = analytics.actor_network(cur, scope, max_nodes=nodes, kinds=kind_list, min_weight=min_weight)
        return templates.TemplateResponse(request, "network.html", {
            "net": net, "svg": charts.graph(net["nodes"], net["edges"], "Réseau de co-occurrence des acteurs"),
            "scope": scope, "nodes": nodes, "kinds": kind_list, "min_weight": min_weight, "nav": "network",
            "max_nodes": analytics.MAX_NODES, "outlet_names": queries.outlet_names(cur),
        })

    return app


def timeline_csv(entries: list[Any]) -> str:
    """Timeline entries as ``kibaru timeline -f csv`` writes them (cells protected against spreadsheet formulas)."""
    from kibaru.analyse.timeline import CSV_COLUMNS, csv_row
    from kibaru.export.cells import csv_text

    return csv_text(CSV_COLUMNS, (csv_row(entry) for entry in entries))


def group_json(detail: dict[str, Any]) -> dict[str, Any]:
    """``analytics.group_detail`` as ``/api/actors/group:…`` answers it (``models.GroupDetail``)."""
    return {**detail, "per_month": {k: list(v) for k, v in detail["per_month"].items()},
            "quotes": [f.to_dict() for f in detail["quotes"]], "events": [e.to_dict() for e in detail["events"]]}


def trend_csv(trend: dict[str, Any]) -> str:
    """``/api/actors/trend`` as CSV: month, the month's articles, then one column per actor (its name)."""
    from kibaru.export.cells import csv_text

    return csv_text(["month", "articles_in_all", *(s["name"] for s in trend["series"])],
                    ([month, trend["total"][i], *(s["articles"][i] for s in trend["series"])]
                     for i, month in enumerate(trend["months"])))


def _current_key() -> str | None:
    from kibaru.config import load_config
    from kibaru.ingest.pipeline import IngestOptions

    try:
        return IngestOptions.from_config(load_config()).provenance().key
    except (KibaruError, OSError):
        return None


def check_db(db: str | None) -> str:
    """The database path or URL, or a StorageError naming what is missing (for the CLI)."""
    path = resolve_db(db)
    if not is_postgres_url(path) and path != ":memory:" and not Path(path).exists():
        raise StorageError(f"no database at {path}: run `kibaru ingest` first")
    return path
