"""Response models of the JSON API (they document ``/openapi.json``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ActorSummary(BaseModel):
    kb_id: str = Field(description="knowledge-base id (Wikidata QID or project id such as grp:wagner)")
    name: str = Field(description="canonical name")
    label: str | None = Field(None, description="entity label (PER, ORG, LOC, MISC, EVENT)")
    articles: int = Field(description="articles mentioning the actor")
    mentions: int = Field(description="mentions over those articles")
    first_date: str | None = None
    last_date: str | None = None


class CoActor(BaseModel):
    kb_id: str
    name: str
    articles: int = Field(description="articles naming both actors")


class ActorNarrative(BaseModel):
    id: str
    label: str
    author: int = Field(description="articles mentioning the actor where the outlet itself voices the narrative")
    quoted: int = Field(description="articles mentioning the actor where the narrative is quoted")
    voiced: int = Field(description="quoted detections attributed to the actor as speaker")


class ActorQuote(BaseModel):
    article_id: str
    title: str | None
    date: str | None
    outlet: str | None
    text: str | None
    cue: str | None = None
    direct: bool | None = None
    start: int | None = None


class Report(BaseModel):
    article_id: str
    outlet: str | None
    date: str | None = Field(description="the reporting article's date")
    fatalities: int | None
    evidence: str
    start: int = 0


class Event(BaseModel):
    """One real-world event merged from every article reporting it (kibaru.analyse.timeline)."""

    id: str
    type: str
    date: str | None
    date_precision: str | None
    location: str | None
    location_kb_id: str | None = Field(None, description="the KB place of the location, when linked")
    actors: list[dict[str, Any]]
    reports: list[Report]
    first_report: Report
    fatalities_values: list[int] = Field(description="distinct death tolls reported")
    fatalities_disagree: bool = Field(description="true when the reports give different death tolls")


class QuoteMention(BaseModel):
    text: str
    actor_id: str | None
    start: int
    end: int


class QuoteFinding(BaseModel):
    """One quote (kibaru.analyse.quotes): offsets index the article's text; ``about`` lists the mentions of the
    ``about`` actor inside the quote (the evidence)."""

    article_id: str
    outlet: str | None
    date: str | None
    title: str | None
    start: int | None
    end: int | None
    text: str
    speaker: str | None = Field(description="the speaker as written in the article's record")
    speaker_actor_id: str | None = Field(description="its KB actor, when the KB knows it")
    speaker_name: str | None
    cue: str | None
    direct: bool | None
    about: list[QuoteMention]


class QuoteSpeaker(BaseModel):
    """One speaker of the quotes asked for, most quoted first."""

    speaker_actor_id: str | None = Field(description="the KB actor, when the KB knows the speaker")
    speaker: str | None = Field(description="the KB's name, else as written; null: no speaker found")
    quotes: int
    articles: int
    stories: int = Field(description="distinct quoted texts (a quote republished by three outlets counts once)")
    outlets: list[str]


class GroupMembership(BaseModel):
    key: str = Field(description="the group's key, e.g. group:russia (its page: /actors/group:russia)")
    label: str
    why: str = Field(description="why the actor is a member: acteur, capitale, a KB kind, a role title, ajouté")
    since: str | None = Field(None, description="a dated member counts only in articles from this date")
    until: str | None = Field(None, description="… through this date")


class ActorDetail(BaseModel):
    kb_id: str
    name: str
    type: str | None
    kind: str | None
    country: str | None
    wikidata: str | None
    aliases: list[str]
    articles: int
    mentions: int
    quoted_in: int = Field(description="articles quoting the actor")
    first_date: str | None
    last_date: str | None
    per_month: dict[str, list[int]] = Field(description="YYYY-MM → [articles, mentions]")
    co_actors: list[CoActor]
    narratives: list[ActorNarrative]
    quotes: list[ActorQuote]
    events: list[Event]
    groups: list[GroupMembership] = Field(default_factory=list, description="the actor groups it belongs to")


class GroupMember(BaseModel):
    actor_id: str
    name: str
    why: str
    since: str | None
    until: str | None
    articles: int = Field(description="articles counting it for the group (a dated member: only within its dates)")
    search: str = Field(description="the /search query string of those articles (the member within its dates)")


class GroupOutlet(BaseModel):
    outlet: str
    articles: int = Field(description="its articles naming a member of the group")
    outlet_total: int = Field(description="its articles in the period")
    share: float


class GroupDetail(BaseModel):
    """An actor group as a whole (kibaru.analyse.groups): a dated member counts only in articles of its term."""

    key: str
    name: str
    label: str
    actor_id: str
    source: str = Field(description="the groups file and its version")
    members: list[GroupMember]
    articles: int
    mentions: int
    first_date: str | None
    last_date: str | None
    per_month: dict[str, list[int]] = Field(description="YYYY-MM → [articles, mentions]")
    outlets: list[GroupOutlet]
    quotes: list[QuoteFinding] = Field(description="the first quotes of its members, oldest first (/api/quotes)")
    quotes_total: int
    speakers: list[QuoteSpeaker]
    events: list[Event]
    events_total: int
    events_since: str | None = Field(description="events from this month on (a large database), else all")


class NarrativeSummary(BaseModel):
    id: str = Field(description="narrative id of shared/spec/narratives.md")
    label: str
    family: str
    author: int = Field(description="articles where the outlet voices it")
    quoted: int = Field(description="articles where it is quoted")
    articles: int
    outlets: int
    first_date: str | None
    last_date: str | None
    max_score: float | None


class Evidence(BaseModel):
    article_id: str
    title: str | None
    date: str | None
    outlet: str | None
    text: str
    start: int | None
    voice: str | None
    score: float | None
    speaker: str | None = None


class NarrativeOutlet(BaseModel):
    outlet: str | None
    author: int
    quoted: int
    articles: int
    outlet_total: int = Field(description="all articles of the outlet")
    share: float = Field(description="articles carrying the narrative / all articles of the outlet")


class NarrativeDetail(BaseModel):
    summary: NarrativeSummary
    by_voice: dict[str, dict[str, int]] = Field(description="voice → YYYY-MM → articles")
    by_outlet: dict[str, dict[str, int]] = Field(description="outlet → YYYY-MM → articles")
    outlets: list[NarrativeOutlet]
    evidence: list[Evidence]


class Prevalence(BaseModel):
    by: str = Field(description="what the series are: voice, outlet or narrative")
    series: dict[str, dict[str, int]] = Field(description="series → YYYY-MM → articles")


class ClusterSummary(BaseModel):
    cluster_id: str
    first_article_id: str
    size: int
    first_outlet: str | None
    first_date: str | None
    title: str | None
    outlets: int = Field(description="distinct outlets among the members")
