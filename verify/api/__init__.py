"""The REST API under /api/v1/: reads of the desk's data, exports, and article ingest."""
