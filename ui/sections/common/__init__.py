"""What the section pages share: table model, issue marks, combos, focus, text commits, page bases."""
