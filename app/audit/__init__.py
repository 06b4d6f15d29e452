"""互动记录: every customer interaction in a boss's scope, and the log of who read whose
customers."""
