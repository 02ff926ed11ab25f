"""Codes people read, type and scan: ticket codes and certificate verification codes.

Both use one alphabet without look-alike characters (no 0/O, 1/l/I/i), in lower case, so a code
copied from a badge or a certificate by hand, or read by a scanner, is read the same way (the
alphabet of pretix's ticket secrets). Codes are random (``secrets``), never derived from a record.

- A **ticket code** (:func:`new_ticket_code`, 12 characters: 31**12 ≈ 7.9e17 codes) is printed
  on a delegate's badge as a QR code and typed or scanned at the check-in desk. Re-issuing a
  ticket gives a new code; the old one stops working.
- A **verification code** (:func:`new_verification_code`) is printed on a certificate: nine random
  characters and a check character (:func:`check_character`, a weighted sum modulo the alphabet's
  prime size, which catches every single mistyped character and every swap of two neighbours), shown
  grouped as ``abcd-efgh-jk``. :func:`normalize_code` reads what a person typed (any case, spaces or
  dashes) back into the stored form.
"""

from __future__ import annotations

import secrets

#: Lower-case letters and digits without o/0, i/l/1 (pretix's ticket alphabet).
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TICKET_LENGTH = 12
VERIFICATION_LENGTH = 10  # nine random characters and the check character

_SEPARATORS = str.maketrans("", "", " -_.\u00a0\u2010\u2011\u2012\u2013\u2014")


def new_ticket_code() -> str:
    """A fresh random ticket code of :data:`TICKET_LENGTH` characters of :data:`ALPHABET`: one
    uniform random number below 31**12 written in the alphabet's digits (every code as likely as
    with a random choice per character, with one read of the system's randomness instead of
    twelve: an import makes a code per delegate)."""
    number = secrets.randbelow(len(ALPHABET) ** TICKET_LENGTH)
    chars = []
    for _ in range(TICKET_LENGTH):
        number, digit = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[digit])
    return "".join(chars)


def _weighted(code: str) -> int:
    return sum((i + 1) * ALPHABET.index(char) for i, char in enumerate(code))


def check_character(body: str) -> str:
    """The check character of *body*: the one that makes the weighted sum of the whole code, with
    weights 1, 2, 3 … by position, a multiple of 31 (the alphabet's size, a prime). Every weight
    and every difference of neighbouring weights is non-zero modulo a prime, so any one mistyped
    character and any swap of two neighbours changes the sum."""
    n = len(ALPHABET)
    weight = len(body) + 1
    # weight * c ≡ -sum (mod n): c = -sum * weight⁻¹
    return ALPHABET[(-_weighted(body) * pow(weight, -1, n)) % n]


def is_valid_verification_code(code: str) -> bool:
    """Whether *code* (as :func:`normalize_code` gives it) is well formed and its check character holds."""
    if len(code) != VERIFICATION_LENGTH or any(c not in ALPHABET for c in code):
        return False
    return _weighted(code) % len(ALPHABET) == 0


def new_verification_code() -> str:
    """A fresh verification code: nine random characters and their check character."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(VERIFICATION_LENGTH - 1))
    return body + check_character(body)


def normalize_code(text: str) -> str:
    """What a person typed or a scanner sent, as a stored code: lower case, without spaces and dashes.

    Characters the alphabet leaves out become the one a person meant only where that is certain:
    none of o/0, i/l/1 is in the alphabet, so they are left as they are and the code is simply not
    found (a scanner never sends them; a person reading a printed code never sees them).
    """
    return text.strip().translate(_SEPARATORS).casefold()


def looks_like_code(text: str, length: int) -> bool:
    """Whether *text* (normalised) could be a code of *length* characters of the alphabet."""
    code = normalize_code(text)
    return len(code) == length and all(c in ALPHABET for c in code)


def grouped(code: str, size: int = 4) -> str:
    """*code* shown in groups for reading aloud or typing: ``abcd-efgh-jk``."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))
