"""Customers: the record of every visitor and customer, who owns them, and the visitor cookie."""
