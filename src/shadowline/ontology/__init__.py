"""The event ontology: PLOVER types, modes, contexts and sectors; CAMEO codes; the crosswalk between them.

    >>> from shadowline import ontology
    >>> ontology.plover_from_cameo("190").type
    'ASSAULT'
    >>> ontology.cameo_event("0311").goldstein
    5.2

Data come from PLOVER (CC BY-SA 4.0, shipped as separate data files), the CAMEO codebook with
GDELT's Goldstein weights, and PETRARCH2's verb dictionary (MIT); see docs/ontology.md.
"""

from shadowline.ontology.cameo import (
    CameoCode,
    PloverMapping,
    cameo_codes,
    cameo_default,
    cameo_event,
    goldstein,
    normalise_code,
    plover_from_cameo,
)
from shadowline.ontology.plover import (
    Sector,
    contexts,
    is_hybrid,
    mode_description,
    plover_definition,
    plover_modes,
    plover_score,
    plover_types,
    quad_class,
    requires_recipient,
    sectors,
)

__all__ = [
    "CameoCode", "PloverMapping", "Sector", "cameo_codes", "cameo_default", "cameo_event", "contexts",
    "goldstein", "is_hybrid", "mode_description", "normalise_code", "plover_definition", "plover_from_cameo",
    "plover_modes", "plover_score", "plover_types", "quad_class", "requires_recipient", "sectors",
]
