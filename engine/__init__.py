"""The engine: pipeline, router, domain experts, answerers and confidence. Imports no chat library."""
