"""Inquiries sent the way anyone sends them, for the helpdesk tests (and the matrix)."""

from ejrc.helpdesk.domain.inquiries import submit_inquiry


def send(places, *, where="FR", topic="funding", language="en", message="How can we fund a mission?", **extra):
    """An inquiry from ``where`` (a country code, or ``gifu``/``iwate``/``tokyo`` for Japan)."""
    japanese = where in {"gifu", "iwate", "tokyo"}
    data = {"actor": None, "topic": topic, "side": "japan" if japanese else "eu",
            "country": places["JP"] if japanese else places[where], "prefecture": places[where] if japanese else None,
            "email": "sender@example.org", "message": message, "language": language}
    data.update(extra)
    return submit_inquiry(**data)
