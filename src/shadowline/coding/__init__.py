"""Event coding: candidate actor pairs from the parse, their event type, modality, date and place."""
