"""The actor knowledge base and resolver.

>>> from shadowline.actors import resolve_actor
>>> resolve_actor("the Kremlin").country
'RUS'
"""

from shadowline.actors.document import DocumentActors
from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.actors.loaders import load_knowledge_base
from shadowline.actors.resolver import explain_actor, resolve_actor

__all__ = ["DocumentActors", "Entry", "KnowledgeBase", "explain_actor", "load_knowledge_base", "resolve_actor"]
