"""Actor code schemes: PLOVER sectors, CAMEO roles, and the crossing between them.

PLOVER and CAMEO share most three-letter codes but disagree on a few that matter: PLOVER's ``MED``
is health and ``JRN`` journalism, while CAMEO's ``MED`` is media and ``HLH`` health. Every sector
the knowledge base stores is PLOVER; the CAMEO role is kept alongside (see docs/actors.md).
"""

from __future__ import annotations

#: PLOVER sector codes, plus the three international kinds the knowledge base also uses
#: (``IGO``, ``NGO``, and nothing else: companies are ``BUS``).
PLOVER_SECTORS: frozenset[str] = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE "
    "REL SOC IGO NGO".split()
)

#: CAMEO role codes (primary, secondary and international generic ones).
CAMEO_ROLES: frozenset[str] = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF PTY AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
    "MED REF MOD RAD IGO IMG INT MNC NGM NGO UIS".split()
)

#: CAMEO region codes; a code starting with one of these names no single state.
CAMEO_REGIONS: frozenset[str] = frozenset(
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF "
    "WAF WST WEU".split()
)

#: Territories that CAMEO codes as countries of their own (``HKG``, not ``CHN``); the others take their
#: state's code (Puerto Rico is CAMEO ``USAPRI``: the United States).
CAMEO_OWN_COUNTRY_CODES: frozenset[str] = frozenset("HKG BMU CYM AIA GGY ABW COK".split())

#: CAMEO religion codes, all folded into the PLOVER ``REL`` sector.
CAMEO_RELIGIONS: frozenset[str] = frozenset(
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX JAN JEW ITJ HIN MOS MUS SHI SUN SFI PRO ZRO".split()
)

_CAMEO_TO_PLOVER = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "MNC": "BUS",
                    "IMG": "REB", "DEV": "SOC", "ENV": "SOC", "HRI": "SOC", "NGM": "SOC",
                    "RAD": "", "MOD": "", "INT": "", "UIS": "GOV"}
_PLOVER_TO_CAMEO = {"JRN": "MED", "MED": "HLH", "PRM": "MIL", "PRE": "SEP", "SOC": "NGO",
                    "UNK": "", "REL": "REL"}


def cameo_to_plover(role: str) -> str:
    """The PLOVER sector for a CAMEO role code: ``cameo_to_plover("MED") == "JRN"``."""
    if role in CAMEO_RELIGIONS:
        return "REL"
    return _CAMEO_TO_PLOVER.get(role, role)


def plover_to_cameo(sector: str) -> str:
    """The CAMEO role for a PLOVER sector code: ``plover_to_cameo("JRN") == "MED"``."""
    return _PLOVER_TO_CAMEO.get(sector, sector)


def split_code(code: str) -> list[str]:
    """Split a compact code into its three-letter parts: ``"GOVJRN"`` -> ``["GOV", "JRN"]``."""
    code = code.strip().lstrip("~")
    return [code[i:i + 3] for i in range(0, len(code), 3) if len(code[i:i + 3]) == 3]


def plover_compound_roles(code: str) -> tuple[str, str]:
    """(PLOVER sector, CAMEO role) for an NGEC-style compound agent code.

    The first part is the sector, except that state-owned media (``GOVJRN``) are media. The CAMEO
    role follows the sector, except that ``GOVMIL``/``MILGOV`` (defence ministries, juntas) take
    ``MIL`` and civilian opposition (``CVLOPP``) takes ``OPP``.

    >>> plover_compound_roles("GOVJRN")
    ('JRN', 'MED')
    >>> plover_compound_roles("GOVMIL")
    ('GOV', 'MIL')
    """
    parts = split_code(code)
    if not parts:
        return "", ""
    sector = parts[0]
    if parts[:2] == ["GOV", "JRN"]:
        sector = "JRN"
    cameo = plover_to_cameo(sector)
    if parts[:2] in (["GOV", "MIL"], ["MIL", "GOV"]):
        cameo = "MIL"
    elif parts[:2] == ["CVL", "OPP"]:
        cameo = "OPP"
    return sector, cameo


def cameo_compound_roles(code: str) -> tuple[str, str]:
    """(PLOVER sector, CAMEO role) for a Phoenix (CAMEO) compound agent code.

    >>> cameo_compound_roles("GOVMED")
    ('JRN', 'MED')
    """
    parts = split_code(code)
    if not parts:
        return "", ""
    cameo = parts[0]
    if parts[:2] == ["GOV", "MED"]:
        return "JRN", "MED"
    if parts[:2] in (["GOV", "MIL"], ["MIL", "GOV"]):
        return "GOV", "MIL"
    return cameo_to_plover(cameo), cameo
