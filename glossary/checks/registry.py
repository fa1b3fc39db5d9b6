"""The rule registry: rule id → Rule, filled by the rule modules through :func:`rule`."""

from __future__ import annotations

from typing import Callable

from glossary.checks.model import SEVERITIES, CheckContext, Finding, Rule

RULES: dict[str, Rule] = {}


def rule(rule_id: str, *, severity: str, summary: str) -> Callable[[Callable[[CheckContext], list[Finding]]], Callable[[CheckContext], list[Finding]]]:
    """Register a check function under ``rule_id`` with its default severity and one-line summary."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r} for rule {rule_id!r}")

    def register(func: Callable[[CheckContext], list[Finding]]) -> Callable[[CheckContext], list[Finding]]:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, summary, func)
        return func

    return register
