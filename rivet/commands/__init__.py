"""The CLI commands, one module per room; rivet/cli.py registers them. Only the composition root imports these."""
