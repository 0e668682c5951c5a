"""WSGI entry point: ``gunicorn wsgi:app``."""

from complaint_builder.web import create_app

app = create_app()
