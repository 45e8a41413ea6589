"""tenure: news about people changing jobs, turned into an evidence-backed ledger.

import tenure
ledger = tenure.open("tenure.db")
ledger.ingest(["examples/"])
for event in ledger.events(org="Acme"):
    print(event.type, event.person, event.date)
"""

from tenure.ledger.ledger import Holder, IngestReport, Ledger, open
from tenure.model import Event, Evidence, Flow, Mention, Tenure

__all__ = ["Event", "Evidence", "Flow", "Holder", "IngestReport", "Ledger", "Mention", "Tenure", "open"]
__version__ = "0.1.0"
