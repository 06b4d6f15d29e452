"""Consultations and bookings from the shop page, the rep's inbox, and HQ's knowledge base."""
