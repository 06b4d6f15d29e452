"""督导: a boss's comments on a rep's work and the replies, monthly targets and their progress,
and the daily report (每日战报)."""
