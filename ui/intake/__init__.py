"""The intake wizard: from enquiry to client, with structured screening."""
