"""Reading a TABARI/PETRARCH verb dictionary, on a small one written here."""

from shadowline.dictionaries.tabari_verbs import read_verb_dictionary

DICTIONARY = """\
# comment
&WEAPON
+GUN
+ASSAULT_RIFLE
+KNIVES_

&AUX_
+WILL

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
SHIP {SHIPS SHIPPING SHIPPED }
+SEND_WORD [040]
- * &WEAPON                 [072]         # SEND
- $ * (TO BORDER) +         [042:043]     # SHIP
- * &UNDEFINED              [010]
- * $                       [010]

---  BLAME   [112]  ---
+ANGERED_BY {}
ANGER
CONDEMN [111]
- * STRAY                   [---]         # BLAME
"""


def test_reads_synsets_verbs_and_patterns(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY)
    parsed = read_verb_dictionary(path)
    assert parsed.synsets["&WEAPON"] == ["assault rifle", "assault rifles", "gun", "guns", "knives"]
    verbs = {(v.lemma, v.after): v for v in parsed.verbs}
    assert verbs[("send", "")].code == ""  # block code --- : the bare verb codes nothing
    assert verbs[("send", "word")].code == "040"
    assert verbs[("condemn", "")].code == "111"
    assert verbs[("anger", "by")].code == "112"  # inflected compound brought back to its lemma
    patterns = {(p.block, p.after): p for p in parsed.patterns}
    assert patterns[("SEND", "&WEAPON")].code == "072"
    assert patterns[("SEND", "to border")].code == "042"  # source side of 042:043, slots dropped
    assert patterns[("BLAME", "stray")].code == "---"
    assert parsed.skipped == {"undefined synset": 1, "no literal words": 1}
