"""Marking schemes as pure functions (documented in docs/marking.md).

A skill track may have a marking scheme: aspects, each a *measurement* (one mark from 0 to the
aspect's maximum, given as judge 1) or a *judgement* (three judges each score a whole number 0-3;
the aspect scores the judges' mean / 3 × its maximum). An entry's mark is

    Σ aspect marks / Σ aspect maxima × the track's maximum score,

rounded half up to 2 decimals (the precision ``Entry.score`` keeps). An entry is *marked* when every
aspect has every mark it needs (one for a measurement, three for a judgement); until then it has no
mark. A judgement aspect whose judges' scores are more than 1 apart is *flagged* (WorldSkills asks
the judges to talk it over). A scheme is *valid* when its codes are given and distinct and its
maxima positive; maxima that do not total the track's maximum are a warning, not a refusal.

Nothing here reads a database: the service hands in plain values.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.models import JUDGEMENT_TOP, JUDGES, plain_number
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Marking"
#: The precision of a mark and of an entry's computed score.
CENT = Decimal("0.01")
#: Judges' scores on a judgement aspect further apart than this are flagged.
SPREAD_LIMIT = Decimal(1)


class MarkRefused(CodedError):
    """A mark that cannot be stored, with the reason in the person's language."""

    context = CONTEXT


@dataclass(frozen=True)
class Aspect:
    """What the rules need of an aspect."""

    id: Hashable
    code: str
    kind: AspectKind
    max_mark: Decimal


#: Marks by (aspect id, judge).
Marks = Mapping[tuple[Hashable, int], Decimal]


def judges_of(kind: AspectKind) -> tuple[int, ...]:
    """The judges who mark an aspect of this kind: 1, 2 and 3 for a judgement, 1 for a measurement."""
    return JUDGES if kind is AspectKind.JUDGEMENT else (1,)


def top_of(kind: AspectKind, max_mark: Decimal) -> Decimal:
    """The highest mark a judge gives on such an aspect (3 for a judgement)."""
    return JUDGEMENT_TOP if kind is AspectKind.JUDGEMENT else Decimal(max_mark)


def parse_mark(text: str) -> Decimal:
    """A typed mark ("2", "7.5", "7,5") as a Decimal; raises MarkRefused when it is no number."""
    cleaned = text.strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise MarkRefused(
            "not_a_number", QT_TRANSLATE_NOOP("Marking", "“{text}” is not a mark."), text=text
        ) from None
    if not value.is_finite():
        raise MarkRefused("not_a_number", QT_TRANSLATE_NOOP("Marking", "“{text}” is not a mark."), text=text)
    return value


def check_mark(aspect: Aspect, judge: int, mark: Decimal) -> Decimal:
    """The mark as it is stored, or MarkRefused with the reason: a judgement score is a whole number
    from 0 to 3 by judge 1, 2 or 3; a measurement mark is from 0 to the aspect's maximum (2 decimals)
    by judge 1."""
    if judge not in judges_of(aspect.kind):
        raise MarkRefused(
            "judge",
            QT_TRANSLATE_NOOP("Marking", "Aspect {aspect} is a measurement: it has one mark, judge 1's."),
            aspect=aspect.code,
        )
    if aspect.kind is AspectKind.JUDGEMENT:
        if mark < 0 or mark > JUDGEMENT_TOP or mark != mark.to_integral_value():
            raise MarkRefused(
                "judgement_range",
                QT_TRANSLATE_NOOP(
                    "Marking", "{mark} refused: a judgement score of {aspect} is a whole number from 0 to 3."
                ),
                mark=plain_number(mark),
                aspect=aspect.code,
            )
        return mark.quantize(CENT)
    top = Decimal(aspect.max_mark)
    if mark < 0 or mark > top:
        raise MarkRefused(
            "measurement_range",
            QT_TRANSLATE_NOOP("Marking", "{mark} refused: a mark of {aspect} is from 0 to {max}."),
            mark=plain_number(mark),
            aspect=aspect.code,
            max=plain_number(top),
        )
    if mark != mark.quantize(CENT):
        raise MarkRefused(
            "precision",
            QT_TRANSLATE_NOOP("Marking", "{mark} refused: a mark has at most 2 decimals."),
            mark=plain_number(mark),
        )
    return mark.quantize(CENT)


def aspect_mark(aspect: Aspect, marks: Marks) -> Decimal | None:
    """The aspect's mark out of its maximum, or None until every mark it needs is given. A
    measurement scores its mark; a judgement the three judges' mean / 3 × the maximum (unrounded)."""
    given = [marks.get((aspect.id, j)) for j in judges_of(aspect.kind)]
    if any(m is None for m in given):
        return None
    values = [Decimal(m) for m in given if m is not None]
    if aspect.kind is AspectKind.MEASUREMENT:
        return values[0]
    mean = sum(values, Decimal(0)) / len(values)
    return mean / JUDGEMENT_TOP * Decimal(aspect.max_mark)


def is_marked(aspects: Sequence[Aspect], marks: Marks) -> bool:
    """Whether every aspect has every mark it needs (a scheme without aspects marks nothing)."""
    return bool(aspects) and all(aspect_mark(a, marks) is not None for a in aspects)


def marks_needed(aspects: Iterable[Aspect]) -> int:
    """How many marks an entry needs: one per measurement, three per judgement."""
    return sum(len(judges_of(a.kind)) for a in aspects)


def marks_given(aspects: Iterable[Aspect], marks: Marks) -> int:
    return sum(1 for a in aspects for j in judges_of(a.kind) if (a.id, j) in marks)


def entry_mark(aspects: Sequence[Aspect], marks: Marks, max_score: Decimal) -> Decimal | None:
    """The entry's mark out of *max_score*: Σ aspect marks / Σ maxima × max_score, rounded half up
    to 2 decimals; None while the entry is not marked."""
    if not is_marked(aspects, marks):
        return None
    total = sum((aspect_mark(a, marks) or Decimal(0) for a in aspects), Decimal(0))
    maxima = sum((Decimal(a.max_mark) for a in aspects), Decimal(0))
    if maxima <= 0:
        return None
    return (total / maxima * Decimal(max_score)).quantize(CENT, rounding=ROUND_HALF_UP)


def spread(aspect: Aspect, marks: Marks) -> Decimal | None:
    """The largest difference between the judges' scores on a judgement aspect (None for a
    measurement, or with fewer than two scores given)."""
    if aspect.kind is not AspectKind.JUDGEMENT:
        return None
    given = [Decimal(m) for j in JUDGES if (m := marks.get((aspect.id, j))) is not None]
    if len(given) < 2:
        return None
    return max(given) - min(given)


def flagged(aspect: Aspect, marks: Marks) -> bool:
    """Whether the judges' scores on this judgement aspect are more than 1 apart."""
    s = spread(aspect, marks)
    return s is not None and s > SPREAD_LIMIT


@dataclass(frozen=True)
class SchemeProblem:
    code: str
    message: str  # English, "Marking" context
    params: Mapping[str, str]
    warning: bool  # a warning is shown; an error refuses the scheme

    def text(self) -> str:
        return self.message.format(**self.params)


def check_scheme(aspects: Sequence[Aspect], max_score: Decimal) -> list[SchemeProblem]:
    """What is wrong with a scheme: errors (an empty or repeated code, a maximum not above 0) and a
    warning when the maxima do not total the track's maximum (the marks are scaled to it anyway)."""
    out: list[SchemeProblem] = []
    seen: set[str] = set()
    for a in aspects:
        code = a.code.strip()
        if not code:
            out.append(
                SchemeProblem("code", QT_TRANSLATE_NOOP("Marking", "An aspect has no code."), {}, False)
            )
        elif code.casefold() in seen:
            out.append(
                SchemeProblem(
                    "repeated",
                    QT_TRANSLATE_NOOP("Marking", "Aspect code {aspect} is used twice."),
                    {"aspect": code},
                    False,
                )
            )
        seen.add(code.casefold())
        if Decimal(a.max_mark) <= 0:
            out.append(
                SchemeProblem(
                    "max",
                    QT_TRANSLATE_NOOP("Marking", "The maximum of aspect {aspect} must be more than 0."),
                    {"aspect": code},
                    False,
                )
            )
    total = sum((Decimal(a.max_mark) for a in aspects), Decimal(0))
    if aspects and total != Decimal(max_score):
        out.append(
            SchemeProblem(
                "total",
                QT_TRANSLATE_NOOP(
                    "Marking",
                    "The aspects' maxima total {total}, not the track's {max}: marks are scaled to {max}.",
                ),
                {"total": plain_number(total), "max": plain_number(Decimal(max_score))},
                True,
            )
        )
    return out
