"""hexalign: segment, align, extract terms from and check the six language versions of UN documents."""

from __future__ import annotations

__version__ = "0.1.0"
