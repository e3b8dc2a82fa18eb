"""Look and feel: the icon set, the bundled font and the light/dark palette."""
