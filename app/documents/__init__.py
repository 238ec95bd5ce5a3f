"""Printable documents, rendered as PDF in memory."""
