"""The event coder: who did what to whom, when and where, as CAMEO and PLOVER events."""
