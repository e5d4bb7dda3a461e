"""Layout: what is parsed as prose and what reports no event."""
from detente.parse.segments import chunks, skip_ranges

ARTICLE = (
    "Russia, China hold talks\n\n"
    "MOSCOW — Russian and Chinese envoys met on Tuesday.\n\n"
    "Russia, Putin, China, Xi, meet, BRICS\n"
    "Putin greets Xi in Brasilia. Mikhail Svetlov/Getty Images\n\n"
    "The two sides agreed - again - to talk."
)


def test_datelines_keywords_and_credits_report_nothing():
    skipped = [ARTICLE[a:b] for a, b in skip_ranges(ARTICLE)]
    assert skipped == ["MOSCOW — ", "Russia, Putin, China, Xi, meet, BRICS", "Mikhail Svetlov/Getty Images"]


def test_pieces_join_back_to_the_text_and_cut_at_each_boundary():
    pieces = chunks(ARTICLE)
    assert "".join(pieces) == ARTICLE
    assert "MOSCOW — " in pieces and any(p.startswith("Mikhail Svetlov/Getty Images") for p in pieces)
    assert pieces[-1] == "The two sides agreed - again - to talk."
