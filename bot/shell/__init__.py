"""The local shell: the whole bot in a terminal, on a simulated clock."""
