"""Structured errors of the core: a code, the field and the values, with a translatable English text."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from tvet_alliance.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Validation"


@dataclass(frozen=True)
class FieldError:
    """One problem with one field. ``message`` is an English template marked for translation in the
    ``Validation`` context; ``params`` fill its ``{placeholders}``."""

    entity: str
    field: str
    code: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def text(self, translate: Any = None) -> str:
        template = translate(CONTEXT, self.message) if translate else self.message
        return str(template).format(**self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.text()}"


class DomainError(Exception):
    """Base of every error the core reports to a person (never shown as a traceback)."""

    #: The translation context of ``message``.
    context = "Errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)

    def text(self, translate: Any = None) -> str:
        template = translate(self.context, self.message) if translate else self.message
        return str(template).format(**self.params) if self.params else str(template)


class CodedError(DomainError):
    """An error with a stable ``code`` for programs and tests, beside its translatable text."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        super().__init__(message, **params)


class ValidationFailed(DomainError):
    """Raised at flush when a record breaks a rule; carries every error, not just the first."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        summary = "; ".join(f"{e.entity}.{e.field}: {e.text()}" for e in self.errors)
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The record is not valid: {details}"), details=summary)

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]
