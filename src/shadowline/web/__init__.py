"""The REST API and dashboard (``shadowline serve``): a FastAPI app over the library surface."""

from shadowline.web.server import serve

__all__ = ["serve"]
