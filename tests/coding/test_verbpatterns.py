"""CAMEO verb patterns: the codes a user gets for common verbs in a clause."""


from shadowline.coding.verbpatterns import match_noun, match_verb, verb_lemmas


def words(text):
    return text.split()


def test_criticize_is_accuse_whatever_follows():
    match = match_verb("criticize", [], ["the", "french", "weapons", "transfer"])
    assert match.plover_type == "ACCUSE"
    assert match.cameo_code == "111"


def test_british_and_american_spellings():
    assert "criticise" in verb_lemmas() and "criticize" in verb_lemmas()
    assert match_verb("criticise", [], []).cameo_code == match_verb("criticize", [], []).cameo_code


def test_sending_weapons_or_arms_is_military_aid():
    for clause in ("weapons to armenia", "arms to armenia", "howitzers , rifles and weapons"):
        match = match_verb("send", ["france", "will"], words(clause))
        assert match.cameo_code == "072" and match.plover_type == "AID", clause


def test_common_verbs():
    assert match_verb("accuse", [], words("baku of aggression")).plover_type == "ACCUSE"
    assert match_verb("accuse", [], words("baku")).cameo_code == "112"
    assert match_verb("invite", [], words("the minister")).cameo_code.startswith(("036", "04"))
    assert match_verb("support", [], words("the separatists")).cameo_code.startswith("05")
    assert match_verb("impose", [], words("new sanctions on russia")).cameo_code == "163"
    assert match_verb("impose", [], words("new sanctions on russia")).plover_type == "SANCTION"
    assert match_verb("attack", [], words("the village")).cameo_code.startswith("19")
    assert match_verb("attack", [], words("the village")).plover_type == "ASSAULT"


def test_longest_pattern_wins():
    assert match_verb("ask", [], words("for help")).cameo_code == "020"
    assert match_verb("ask", [], words("for financial aid")).cameo_code == "0231"


def test_multiword_verb_needs_its_particle():
    assert match_verb("call", [], words("off the talks")).plover_type == "SANCTION"


def test_negation_is_not_decided_here():
    # "deny" is coded as the dictionary says (deny responsibility, a statement PLOVER drops);
    # whether another verb was negated is the caller's modality decision.
    match = match_verb("deny", [], words("responsibility"))
    assert match.cameo_code == "016" and match.plover_type is None


def test_unknown_verbs_and_non_events():
    assert match_verb("photosynthesize", [], []) is None
    assert match_verb("send", [], []) is None  # bare "send" codes nothing
    assert match_verb("blame", ["symbolically"], []) is None  # a pattern coded --- blocks the event


def test_nominal_events():
    assert match_noun("sanctions").plover_type == "SANCTION"
    assert match_noun("airstrike").plover_type == "ASSAULT"
    assert match_noun("wombat") is None
