"""How a benchmark judges its figure: print it against the goal, fail only on a gross regression.

The goal is what a quiet machine meets; CI runs on a busy two-core machine where a figure can come
out two or three times the normal one with nothing wrong. So a benchmark fails only when the figure
is ``GROSS`` times its goal (or, for figures compared with a reference measured in the same run,
``GROSS`` times the goal ratio), and always prints the figure and whether the goal was met.
"""

from __future__ import annotations

GROSS = 5.0


def report(label: str, measured: float, goal: float, unit: str = "ms", factor: float = GROSS) -> bool:
    """Print ``measured`` against ``goal``; True unless it is past ``factor`` times the goal."""
    bound = goal * factor
    verdict = "goal met" if measured <= goal else "goal MISSED"
    print(f"\n[bench] {label}: {measured:.2f} {unit} ({verdict}: goal {goal:g} {unit}, fails past {bound:g})")
    return measured <= bound
