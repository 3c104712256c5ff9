"""Defaults of reading and fetching inputs, which the CLI's options show in ``--help``.

They live here, with nothing imported, so that the CLI can show them without importing the
readers, the HTTP client or the ingest (about 0.4 CPU seconds that every command, ``--help``
included, paid before); ``fetch``, ``readers.base`` and ``feeds`` read them from here."""

#: Seconds to wait between two requests to the same host.
DEFAULT_DELAY = 1.0
#: Seconds before a request is given up.
DEFAULT_TIMEOUT = 20.0
#: A file or download larger than this many bytes is refused.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Records (a JSONL line, a CSV row, an archive record) larger than this are skipped.
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024
#: Seconds one document may take to parse before it is skipped.
DEFAULT_PARSE_SECONDS = 15.0
#: How often a feed is polled when its adder names no interval.
DEFAULT_EVERY = "30m"
