"""User-facing errors: one clear line for the operator, never a traceback wall."""


class RivetError(Exception):
    """An error whose message is complete on its own; the CLI prints it as one line and exits 1."""


class DatabaseError(RivetError):
    """The database cannot be reached, lacks pgvector, or its data directory is unusable."""


class DatabaseUnavailable(DatabaseError):
    """No server can take this request now: none reachable, or (for writes) none is a primary.

    Distinct so the engine can answer "the knowledge base is unavailable" and retry later,
    while a DatabaseError about pgvector or a bad data directory stays a configuration problem.
    """


class ConfigError(RivetError):
    """A configuration or setting value is missing or invalid."""
