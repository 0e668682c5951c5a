"""Wizard forms: one Flask-WTF class per step, mapping HTTP to the case model and back."""
