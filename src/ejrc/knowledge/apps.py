from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    """Best practices, funding and instruments, partner initiatives and the EPA, news."""

    name = "ejrc.knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        """Fill the lower apps' hooks: the menu, the demo content, sections of profiles and
        opportunities (the directory knows no knowledge; partnering is a sibling)."""
        from ejrc.core.navigation import STAFF, MenuItem, menu
        from ejrc.core.registry import demo_content_steps

        from .domain.demo import load_knowledge_demo
        from .domain.sections import register_sections

        demo_content_steps.register(self.label, "knowledge", load_knowledge_demo)
        register_sections(self.label)
        for name, item in {
            "practices": MenuItem(_("Best practices"), "knowledge:library", order=50),
            "funding": MenuItem(_("Funding"), "knowledge:funding", order=55),
            "news": MenuItem(_("News"), "knowledge:news", order=60),
            "review": MenuItem(_("Best practices to review"), "knowledge:review-queue", order=40, group=STAFF,
                               permission="knowledge.review_practices"),
            "newsletters": MenuItem(_("Newsletters"), "knowledge:newsletter-issues", order=45, group=STAFF,
                                    permission="knowledge.send_newsletter"),
        }.items():
            menu.register(self.label, name, item)
