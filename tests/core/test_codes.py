"""Ticket and verification codes: no look-alike characters, a check character that catches mistakes."""

from __future__ import annotations

import itertools

from tvet_alliance.domain import codes


def test_ticket_codes_are_long_random_and_free_of_look_alikes() -> None:
    made = {codes.new_ticket_code() for _ in range(2000)}
    assert len(made) == 2000
    for code in made:
        assert len(code) >= 12
        assert not set(code) & set("0o1li")


def test_the_check_character_catches_every_single_typo_and_every_swap() -> None:
    code = codes.new_verification_code()
    assert codes.is_valid_verification_code(code)
    for i, other in itertools.product(range(len(code)), codes.ALPHABET):
        if other != code[i]:
            assert not codes.is_valid_verification_code(code[:i] + other + code[i + 1 :])
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            assert not codes.is_valid_verification_code(swapped)


def test_what_a_person_types_is_read_back_as_the_stored_code() -> None:
    code = codes.new_verification_code()
    shown = codes.grouped(code)
    assert shown.count("-") == 2
    assert codes.normalize_code(f"  {shown.upper()} ") == code
    assert codes.looks_like_code(shown, codes.VERIFICATION_LENGTH)
    assert not codes.looks_like_code("abcd-efgh-j0", codes.VERIFICATION_LENGTH)
