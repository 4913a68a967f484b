"""How much each free text and number of the directory may hold.

Numbers must fit their column on every database the platform runs on: PostgreSQL's ``integer``
is the narrowest. Texts get lengths a person would write; a description is a page, not a book.
"""

MAX_INTEGER = 2_147_483_647  # PostgreSQL integer (SQLite holds more)
MAX_MEMBER_COUNT = MAX_INTEGER
DESCRIPTION_MAX_LENGTH = 10_000  # characters of a profile description, HTML included
MESSAGE_MAX_LENGTH = 2_000  # a message, a reason, a note
