from django.db import models


class MatchVector(models.Model):
    """What the matching engine reads about one organisation or one opportunity.

    Computed by a background task whenever the profile or opportunity changes (never in a page
    request) and read, not recomputed, by recommendations: ``features`` holds the structured
    facts (side, kind, sectors and their parents, interests, third countries, offers and
    requests, place), ``terms`` the weighted words of its descriptions in both languages.
    ``method`` says how the descriptions are compared: ``terms`` alone (the fallback), or
    ``minilm``, when ``embedding`` holds the sentence model's unit vector (float32 bytes; see
    ``ejrc.partnering.domain.semantic``).
    """

    organisation = models.OneToOneField(
        "directory.Organisation", null=True, blank=True, on_delete=models.CASCADE, related_name="match_vector"
    )
    opportunity = models.OneToOneField(
        "partnering.Opportunity", null=True, blank=True, on_delete=models.CASCADE, related_name="match_vector"
    )
    side = models.CharField(max_length=10, db_index=True)
    method = models.CharField(max_length=20, default="terms")
    embedding = models.BinaryField(null=True, blank=True)
    features = models.JSONField(default=dict)
    terms = models.JSONField(default=dict)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False, opportunity__isnull=True)
                | models.Q(organisation__isnull=True, opportunity__isnull=False),
                name="match_vector_of_one_thing",
            )
        ]

    def __str__(self):
        return f"vector of {self.organisation_id or self.opportunity_id}"


class MatchKey(models.Model):
    """One thing a profile's vector shares with others (a sector or its section, an interest, a
    third country), indexed with its side: candidates are found by counting shared keys in this
    one table, without reading the vectors."""

    vector = models.ForeignKey(MatchVector, on_delete=models.CASCADE, related_name="keys")
    organisation = models.ForeignKey("directory.Organisation", on_delete=models.CASCADE, related_name="+")
    side = models.CharField(max_length=10)
    key = models.CharField(max_length=30)

    class Meta:
        indexes = [models.Index(fields=["key", "side"], name="match_key_side")]

    def __str__(self):
        return self.key
