"""The columns' widths of a form's table in the PDF: by their weights,
widened to their longest word while the page allows (fit_widths), then
shifted a little between them where that saves lines (balance: a name of
four lines beside a description of two)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

PAD = 3  # cell padding left and right, points: the text's width is the column's less twice this
_EPS = 1e-6


def fit_widths(weights: list[float], needed: list[float], width: float) -> list[float]:
    """Column widths in proportion to the weights, but each at least as wide
    as its longest unbreakable word while the page allows it."""
    widths = [width * w / sum(weights) for w in weights]
    if sum(needed) > width:
        return widths
    fixed: set[int] = set()
    while True:
        short = {i for i, w in enumerate(widths) if i not in fixed and w < needed[i] - 0.01}
        if not short:
            return widths
        fixed |= short
        room = width - sum(needed[i] for i in fixed)
        free = [i for i in range(len(widths)) if i not in fixed]
        for i in fixed:
            widths[i] = needed[i]
        for i in free:
            widths[i] = room * weights[i] / sum(weights[j] for j in free)


BALANCE_ROWS = 24  # rows measured to balance the columns (the head and the first body rows)
BALANCE_STEP = 0.04  # of the table's width, moved from one column to another at a time
BALANCE_RANGE = (0.75, 1.35)  # a column keeps within these shares of its width by the weights


def balance(
    widths: list[float], floor: list[float], sample: list[list[tuple[int, Paragraph]]], leading: float
) -> list[float]:
    """Widths moved between columns, a step at a time, while that makes the
    sample rows lower by a line or more: a name that wraps to four lines
    beside a description of two takes width from the description. Each column
    stays within BALANCE_RANGE of its width by the weights and above `floor`."""
    base, widths = list(widths), list(widths)
    step = sum(widths) * BALANCE_STEP
    low = [max(f, b * BALANCE_RANGE[0]) for f, b in zip(floor, base, strict=True)]
    high = [b * BALANCE_RANGE[1] for b in base]
    heights: dict[tuple[int, float], list[float]] = {}

    def column(col: int, width: float) -> list[float]:
        key = col, round(width, 3)
        if key not in heights:
            heights[key] = [
                max((p.wrap(width - 2 * PAD, 1e6)[1] for c, p in row if c == col), default=0.0) for row in sample
            ]
        return heights[key]

    def total(ws: list[float]) -> float:
        height: float = sum(map(max, zip(*(column(c, w) for c, w in enumerate(ws)), strict=False)))
        return height

    best = total(widths)
    for _ in range(8):
        tried = []
        for i in range(len(widths)):
            for j in range(len(widths)):
                for steps in range(1, 5):  # a line saved may need a wider move than one step
                    move = step * steps
                    if i != j and widths[i] + move <= high[i] + _EPS and widths[j] - move >= low[j] - _EPS:
                        ws = list(widths)
                        ws[i] += move
                        ws[j] -= move
                        tried.append((total(ws), steps, i, j, ws))
        if not tried:
            break
        height, *_, ws = min(tried, key=lambda t: t[:4])
        if height > best - leading + _EPS:
            break
        best, widths = height, ws
    return widths
