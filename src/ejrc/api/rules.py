"""Who may do what with API tokens (django-rules): each person manages their own only."""

import rules


@rules.predicate
def is_own_token(user, token):
    return token is not None and user.is_authenticated and token.user_id == user.pk


rules.add_perm("api.revoke_token", is_own_token)
