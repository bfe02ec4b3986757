"""Publication dates and dates inside sentences, in English and French."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.dates import find_date, find_dates, parse_publication_date

THURSDAY = dt.date(2025, 4, 10)


@pytest.mark.parametrize("value, expected", [
    ("2025-04-10", "2025-04-10"),
    ("2025-04-10T08:30:00+02:00", "2025-04-10"),
    ("Thu, 10 Apr 2025 08:00:00 GMT", "2025-04-10"),
    ("10 April 2025", "2025-04-10"),
    ("April 10, 2025", "2025-04-10"),
    ("10 avril 2025", "2025-04-10"),
    ("1er avril 2025", "2025-04-01"),
    ("jeudi 10 avril 2025", "2025-04-10"),
    ("10/04/2025", "2025-04-10"),
    ("", None),
    ("not a date", None),
])
def test_publication_dates(value: str, expected: str | None) -> None:
    assert parse_publication_date(value) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("a ministerial meeting in Moscow on April 3, 2025", ("2025-04-03", "day")),
    ("le 3 avril 2025 à Moscou", ("2025-04-03", "day")),
    ("on Thursday", ("2025-04-10", "day")),          # the last Thursday on or before publication
    ("on Monday", ("2025-04-07", "day")),
    ("last Thursday", ("2025-04-03", "day")),
    ("jeudi dernier", ("2025-04-03", "day")),
    ("lundi", ("2025-04-07", "day")),
    ("yesterday", ("2025-04-09", "day")),
    ("hier soir", ("2025-04-09", "day")),
    ("le 28 mars", ("2025-03-28", "day")),
    ("in March 2024", ("2024-03-01", "month")),
    ("since its establishment in 2023", ("2023-01-01", "year")),
    ("the troops stayed", None),
])
def test_dates_in_sentences(sentence: str, expected: tuple[str, str] | None) -> None:
    got = find_date(sentence, THURSDAY)
    assert (got[:2] if got else None) == expected


def test_day_and_month_without_year_never_lands_in_the_future() -> None:
    got = find_date("on 28 December", dt.date(2025, 1, 5))
    assert got is not None and got[0] == "2024-12-28"


def test_a_weekday_before_an_explicit_date_is_not_a_second_date() -> None:
    got = find_dates("On Monday, 3 March 2025, the junta met", THURSDAY)
    assert [g[0] for g in got] == ["2025-03-03"]


def test_last_year_is_the_year_before_publication() -> None:
    ref = dt.date(2025, 6, 12)
    for sentence in ("the refinery, sold last year by a Nigerian group", "la raffinerie vendue l'an dernier",
                     "les mines cédées l’année passée"):
        assert [(d, p) for d, p, _ in find_dates(sentence, ref)] == [("2024-01-01", "year")], sentence
