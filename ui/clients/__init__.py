"""The Clients and Prospects areas: lists, the client record, the enquiry flow."""
