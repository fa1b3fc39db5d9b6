"""Safe output: every file hexalign writes is written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Union

from aligner.errors import InputError


def atomic_write(path: Union[str, Path], data: Union[str, bytes], *, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the whole new one.

    The data goes to a temporary file in the same folder, which then replaces
    ``path``; on any failure the temporary file is removed and ``path`` is
    left untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"cannot write {target}: folder {folder} does not exist")
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _mode_for(target: Path) -> int:
    """Permissions of the file being replaced, or the user's default for a new file."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
