"""Fakes of the systems RIVET talks to, shipped with the product (not hidden in tests/).

`rivet simulate` and `rivet bench` run the real python-telegram-bot, slack-bolt and litellm HTTP
code against these servers on 127.0.0.1, and the tests import them from here. Each fake records
every call it receives and answers unknown methods with a clear error, like the real service.
"""
