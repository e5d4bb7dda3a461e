"""analytics stage: dyad series, top actors, the actor network and charts, over a DuckDB connection.

Each function takes a DuckDB connection whose `events` view has the store's event
columns; it never opens files itself, so it works on any source with those columns.
"""
