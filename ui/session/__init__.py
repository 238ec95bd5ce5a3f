"""The session workspace: the note taken during a session, and what the session needs."""
