"""``python -m tenure``: the same as the ``tenure`` command."""

from tenure.cli import app

app(prog_name="tenure")
