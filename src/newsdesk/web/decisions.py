"""The entity registry's decisions in the HTTP API: list them, merge, split and rename.

Each write calls the operation ``newsdesk entities merge|split|rename`` calls
(``service.decide_entity``) and runs as a job of the server (``Desk.write``), as the live
desk's writes do: 201 with the entity as it now stands, 404 for a name that names no entity,
422 for a decision the registry refuses, 202 ``{"job"}`` while it is still queued behind a
longer job. The fields are the command's arguments (``entity`` and ``other``, ``alias`` or
``name``). The routes are added before ``/api/entities/{id}``, which would take
``decisions`` for an entity's name. A write to any other ``/api/entities/{word}`` is 404
naming the word and the actions, or 405 where the word names an entity (whose profile
answers GET alone): FastAPI answered every such write 405, as ``{id}`` matched it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from newsdesk import service
from newsdesk.errors import NotFoundError
from newsdesk.web.api import Limit, Offset, Reader, desk_of, paged
from newsdesk.web.live import answered

router = APIRouter(prefix="/api/entities", tags=["entities"])

Name = Annotated[str, Field(min_length=1, max_length=200)]


class MergeIn(BaseModel):
    """``newsdesk entities merge ENTITY OTHER``: ``other`` is merged into ``entity``."""

    model_config = ConfigDict(extra="forbid")
    entity: Name
    other: Name


class SplitIn(BaseModel):
    """``newsdesk entities split ENTITY ALIAS``: the mentions written ``alias`` leave it."""

    model_config = ConfigDict(extra="forbid")
    entity: Name
    alias: Name


class RenameIn(BaseModel):
    """``newsdesk entities rename ENTITY NAME``: ``name`` becomes its canonical name."""

    model_config = ConfigDict(extra="forbid")
    entity: Name
    name: Name


@router.get("/decisions")
def decisions(store: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Every merge, split and rename kept, in the order made (``seq``, ``action``,
    ``subject``, ``value``)."""
    return paged(service.entity_decisions(store), limit, offset)


@router.post("/merge", status_code=201)
def merge(request: Request, decision: MergeIn) -> JSONResponse:
    """Merge ``other`` into ``entity``; kept and applied again after every analysis."""
    return _decide(request, "merge", decision.entity, decision.other)


@router.post("/split", status_code=201)
def split(request: Request, decision: SplitIn) -> JSONResponse:
    """Split the mentions written ``alias`` out of ``entity`` into an entity of their own."""
    return _decide(request, "split", decision.entity, decision.alias)


@router.post("/rename", status_code=201)
def rename(request: Request, decision: RenameIn) -> JSONResponse:
    """Give ``entity`` the canonical name ``name``."""
    return _decide(request, "rename", decision.entity, decision.name)


def _decide(request: Request, action: str, subject: str, value: str) -> JSONResponse:
    written = desk_of(request).decide(action=action, subject=subject, value=value)
    return answered(written, status=201)


#: The decisions a write to ``/api/entities/{action}`` makes.
ACTIONS = ("merge", "split", "rename")


@router.api_route("/{word}", methods=["POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
def no_action(store: Reader, word: str) -> None:
    """A write to an entity's profile (405, GET alone), an action by another method than
    POST (405) or a write to no action at all (404)."""
    if word in ACTIONS or word == "decisions":
        allowed = "POST" if word in ACTIONS else "GET"
        raise HTTPException(405, "Method Not Allowed", headers={"Allow": allowed})
    try:
        service.find_entity(store, word)
    except NotFoundError as e:
        raise NotFoundError(f"no entity action or entity {word!r}; the actions are POST "
                            f"{', '.join(ACTIONS)}", kind="entity") from e
    raise HTTPException(405, "Method Not Allowed", headers={"Allow": "GET"})
