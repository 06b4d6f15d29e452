"""Customer online: the customer book, one tag vocabulary, stages, follow-ups, segments."""
