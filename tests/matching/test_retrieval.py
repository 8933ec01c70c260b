from verify.matching.retrieval import BM25Index
from verify.matching.text import term_counts

DOCS = [
    "The central bank raised interest rates again",
    "Russian strikes killed nine civilians in Kharkiv",
    "The ceasefire will last 30 days",
    "Interest in the festival was high this year",
]


def test_top_ranks_the_document_sharing_rare_terms_first() -> None:
    index = BM25Index.from_texts(DOCS)
    top = index.top(term_counts("How many civilians did the strikes on Kharkiv kill?"), 2)
    assert top[0][0] == 1
    assert len(top) == 1


def test_score_of_one_document_equals_its_score_in_top() -> None:
    index = BM25Index.from_texts(DOCS)
    query = term_counts("interest rates")
    best, score = index.top(query, 1)[0]
    assert best == 0
    assert index.score(query, 0) == score
    assert index.score(query, 0) > index.score(query, 3) > 0


def test_query_without_known_terms_finds_nothing() -> None:
    index = BM25Index.from_texts(DOCS)
    assert index.top(term_counts("volcano eruption"), 5) == []


def test_empty_index_is_harmless() -> None:
    index = BM25Index.from_texts([])
    assert len(index) == 0
    assert index.top(term_counts("anything"), 5) == []
