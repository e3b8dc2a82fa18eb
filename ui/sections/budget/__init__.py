"""Piano finanziario: the budget sheet, its totals, gauges and chart."""
