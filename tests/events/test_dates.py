import datetime as dt

import pytest

from detente.events.dates import resolve_date

TUESDAY = dt.date(2021, 8, 3)


@pytest.mark.parametrize(("text", "day", "precision"), [
    ("Tuesday", "2021-08-03", "day"),
    ("on Sunday", "2021-08-01", "day"),
    ("last Tuesday", "2021-07-27", "day"),
    ("on July 31", "2021-07-31", "day"),
    ("31 July", "2021-07-31", "day"),
    ("November 13, 2019", "2019-11-13", "day"),
    ("13 November 2019", "2019-11-13", "day"),
    ("December 30", "2020-12-30", "day"),
    ("last week", "2021-07-27", "week"),
    ("last month", "2021-07-01", "month"),
    ("in May", "2021-05-01", "month"),
    ("yesterday", "2021-08-02", "day"),
    ("two days ago", "2021-08-01", "day"),
    ("2007", "2007-01-01", "year"),
])
def test_dates_resolve_against_publication(text, day, precision):
    found = resolve_date(text, TUESDAY)
    assert (str(found.day), found.precision) == (day, precision)


@pytest.mark.parametrize("text", ["the weeks since", "11-day", "two months", "decades"])
def test_durations_are_not_dates(text):
    assert resolve_date(text, TUESDAY) is None


def test_relative_dates_need_a_publication_date():
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("November 13, 2019", None).day == dt.date(2019, 11, 13)
