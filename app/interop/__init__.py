"""Exchange with other programs: files the practice writes for them, or reads from them."""
