"""The workspace library: the start window listing every dossier of a workspace file."""
