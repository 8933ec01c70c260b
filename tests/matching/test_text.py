from verify.matching import text as tx


def test_numbers_keep_percent_apart_from_counts() -> None:
    assert tx.numbers("Unemployment fell to 4.1% in March") == {"4.1%"}
    assert tx.numbers("It fell to 4.1 percent") == {"4.1%"}
    assert tx.numbers("It fell by 4.1 points") == {"4.1"}


def test_numbers_read_words_scales_and_separators() -> None:
    assert tx.numbers("Strikes killed nine civilians") == {"9"}
    assert tx.numbers("a $90 billion recovery plan") == {"90000000000"}
    assert tx.numbers("160 million people") == {"160000000"}
    assert tx.numbers("1,250 troops") == {"1250"}


def test_numbers_ignore_one_as_a_pronoun() -> None:
    assert tx.numbers("He is the one who signed it") == frozenset()


def test_hyphenated_quantity_is_a_number() -> None:
    assert tx.numbers("a 30-day ceasefire") == {"30"}


def test_negation_counts_contracted_and_plain_cues() -> None:
    assert tx.is_negated("The minister didn't sign the deal")
    assert tx.is_negated("The minister did not sign the deal")
    assert not tx.is_negated("The minister signed the deal")


def test_directions_of_change() -> None:
    assert tx.directions("Unemployment fell to 4.1%") == {"down"}
    assert tx.directions("Unemployment rose to 4.1%") == {"up"}
    assert tx.directions("Unemployment is 4.1%") == frozenset()


def test_stem_joins_inflections() -> None:
    assert tx.stem("ceasefires") == tx.stem("ceasefire")
    assert tx.stem("killed") == tx.stem("kill") == tx.stem("killing")
    assert tx.stem("countries") == tx.stem("country")


def test_terms_drop_stopwords_and_keep_order() -> None:
    assert tx.terms("The strikes killed nine civilians") == ["strike", "kill", "nine", "civilian"]


def test_clean_social_drops_links_and_splits_hashtags() -> None:
    cleaned = tx.clean_social("Protests grow #FreeIran2020 https://t.co/abc pic.twitter.com/xyz")
    assert tx.words(cleaned) == ["protests", "grow", "free", "iran", "2020"]


def test_normalize_unifies_curly_quotes_and_case() -> None:
    assert tx.normalize("\u201cUnacceptable\u201d") == '"unacceptable"'
