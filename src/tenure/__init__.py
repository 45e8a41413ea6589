"""tenure: news about people changing jobs, turned into an evidence-backed ledger.

import tenure
ledger = tenure.open("tenure.db")
ledger.ingest(["examples/"])
for event in ledger.events(org="Acme"):
    print(event.type, event.person, event.date)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tenure.ledger.ledger import Holder, IngestReport, Ledger, open
    from tenure.model import Event, Evidence, Flow, Mention, Tenure

__all__ = ["Event", "Evidence", "Flow", "Holder", "IngestReport", "Ledger", "Mention", "Tenure", "open"]
__version__ = "0.1.0"

# Imported on first use, so that ``import tenure.extract`` does not load the readers.
_WHERE = {
    "Holder": "tenure.ledger.ledger",
    "IngestReport": "tenure.ledger.ledger",
    "Ledger": "tenure.ledger.ledger",
    "open": "tenure.ledger.ledger",
    "Event": "tenure.model",
    "Evidence": "tenure.model",
    "Flow": "tenure.model",
    "Mention": "tenure.model",
    "Tenure": "tenure.model",
}


def __getattr__(name: str) -> object:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'tenure' has no attribute {name!r}")
