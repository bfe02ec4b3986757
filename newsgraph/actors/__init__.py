"""Actor dictionaries (data files in `data/`) and their resolution in parsed documents."""
