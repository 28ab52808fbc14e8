from django.db import models


class SignupRequest(models.Model):
    """An address left in the newsletter box before sending exists.

    Kept until the newsletter pipeline turns each into a pending subscriber who
    must confirm by email; nothing is ever sent from this table.
    """

    email = models.EmailField(max_length=254, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    source_url = models.CharField(max_length=500, blank=True)
    consent_text = models.CharField(max_length=300)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
