"""Chat platform adapters: translate platform updates into engine messages and replies back."""
