"""The HTTP API (FastAPI), under /api/. See app.py."""

from newsgraph.api.app import create_app

__all__ = ["create_app"]
