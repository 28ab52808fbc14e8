"""Newsroom roles: the groups a magazine's staff belong to and the review workflow."""
