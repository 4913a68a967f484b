"""The eligibility check for JETRO's Regional Industry Tie-up programme (RIT).

Each criterion is met, not met or unknown (nothing was said about it). The thresholds are the
helpdesk's reading of the programme's published criteria, kept here in one place so that the
offices can follow a change of the rules; the page links to JETRO's own description.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MIN_SMES = 5
MIN_SME_SHARE = 50  # per cent of the participating companies
MIN_SELF_FUNDING = 50  # per cent of the project's costs borne by the participants
MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
STATES = {MET: gettext_lazy("met"), NOT_MET: gettext_lazy("not met"), UNKNOWN: gettext_lazy("unknown")}


@dataclass(frozen=True)
class Criterion:
    name: str
    state: str
    explanation: str

    @property
    def state_label(self):
        return STATES[self.state]


def _yes_no(answer, name, yes, no, unknown):
    if answer is True:
        return Criterion(name, MET, yes)
    if answer is False:
        return Criterion(name, NOT_MET, no)
    return Criterion(name, UNKNOWN, unknown)


def check_rit(*, smes=None, participants=None, self_funding=None, english_secretariat=None,
              named_leader=None, overseas_counterpart=None):
    """The criteria of the programme for a group as described; None means "not known"."""
    criteria = []
    name = _("At least %(count)s small and medium-sized companies") % {"count": MIN_SMES}
    if smes is None:
        criteria.append(Criterion(name, UNKNOWN, _("Say how many SMEs take part.")))
    else:
        criteria.append(Criterion(name, MET if smes >= MIN_SMES else NOT_MET,
                                  _("%(count)s SMEs take part.") % {"count": smes}))
    name = _("SMEs are at least %(share)s%% of the participating companies") % {"share": MIN_SME_SHARE}
    if smes is None or not participants:
        criteria.append(Criterion(name, UNKNOWN, _("Say how many SMEs and how many companies in all take part.")))
    elif smes > participants:
        criteria.append(Criterion(name, UNKNOWN, _("There cannot be more SMEs than participating companies.")))
    else:
        share = round(100 * smes / participants)
        criteria.append(Criterion(name, MET if share >= MIN_SME_SHARE else NOT_MET,
                                  _("SMEs are %(share)s%% of the companies.") % {"share": share}))
    name = _("The participants fund at least %(share)s%% of the costs themselves") % {"share": MIN_SELF_FUNDING}
    if self_funding is None:
        criteria.append(Criterion(name, UNKNOWN, _("Say what share of the costs the participants bear.")))
    else:
        criteria.append(Criterion(name, MET if self_funding >= MIN_SELF_FUNDING else NOT_MET,
                                  _("The participants bear %(share)s%% of the costs.") % {"share": self_funding}))
    criteria.append(_yes_no(
        english_secretariat, _("A secretariat able to work in English"),
        _("The secretariat works in English."), _("No secretariat works in English yet."),
        _("Say whether the secretariat can work in English.")))
    criteria.append(_yes_no(
        named_leader, _("A named leader of the group"),
        _("The group has a named leader."), _("The group has no named leader yet."),
        _("Say whether the group has a named leader.")))
    criteria.append(_yes_no(
        overseas_counterpart, _("An identified counterpart region or cluster overseas"),
        _("The overseas counterpart is identified."), _("No overseas counterpart is identified yet."),
        _("Say whether the overseas counterpart is identified.")))
    return criteria
