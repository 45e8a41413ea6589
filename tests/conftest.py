"""Shared pytest configuration."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def pytest_configure(config):
    config.addinivalue_line("markers", "dates: assertions that need the multilingual date rules")
    config.addinivalue_line("markers", "seeds: runs tenure on ../shared/eval/seeds")
