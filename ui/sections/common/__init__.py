"""What the section pages share: table-model base, issue marks, combos, focus, text commits, binder,
page bases."""
