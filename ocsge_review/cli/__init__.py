"""The command line: every stage's headless jobs behind python -m ocsge_review."""
