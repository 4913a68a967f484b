"""TOTP codes computed in the tests themselves (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits)."""

import base64
import hashlib
import hmac
import struct
import time

DEMO_LIKE_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def totp_code(secret, at=None, step=30):
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(base64.b32decode(secret, casefold=True), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"

