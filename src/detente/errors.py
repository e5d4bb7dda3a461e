"""detente's errors. Each carries a short code (E1xx) that can be grepped."""
from __future__ import annotations

from pathlib import Path


class DetenteError(Exception):
    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class LexiconError(DetenteError):
    """A line of a data file that cannot be read: `file:line: what is wrong`."""

    code = "E101"

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class InputError(DetenteError):
    """An input file that cannot be coded (empty, binary, wrongly encoded)."""

    code = "E201"

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path, self.line, self.message = str(path), line, message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ModelError(DetenteError):
    code = "E301"
