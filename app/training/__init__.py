"""Training online (培训在线): courses, quizzes, action tasks and check-ins."""
