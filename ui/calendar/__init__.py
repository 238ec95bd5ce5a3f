"""The calendar area: views, booking, rescheduling."""
