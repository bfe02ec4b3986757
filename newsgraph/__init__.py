"""newsgraph: dated news in, checkable event data out."""
__version__ = "0.1.0"
