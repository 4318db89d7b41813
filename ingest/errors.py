"""The one error that extraction raises: the input cannot be read as a plan."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """An input file that is empty, binary, undecodable or not a plan.

    ``str(err)`` is ``"PATH:LINE: reason"`` (or ``"PATH: reason"`` when no line applies).
    """

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path) if not isinstance(path, Path) else path
        self.line = line
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        return f"{where}: {self.reason}"

    def __reduce__(self):  # keep pickling (multiprocessing) working with the custom __init__
        return (InputError, (self.path, self.reason, self.line))
