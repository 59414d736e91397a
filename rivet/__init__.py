"""RIVET core: configuration, database, settings service, logging and the CLI."""

__version__ = "0.1.0"
