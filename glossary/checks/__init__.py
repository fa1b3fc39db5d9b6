"""Consistency checks: rules that turn documents, alignments and glossaries into findings."""
