"""What every section reads: the case, the body addressed, the engine's findings and the annex plan.

Rendering reads the case model and the engine's findings only (issue 5), never a request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.case import Body, Case, Person, Treaty
from ..domain.states import StateTreaties, state_name, treaties_for
from ..i18n import _
from ..rules.findings import Assessment, Finding, ForumComparison
from .annexes import AnnexPlan, plan_annexes
from .labels import BODY_NAMES


@dataclass(slots=True)
class Context:
    case: Case
    body: Body
    as_of: date  # the day the documents are produced
    filed_on: date  # the day the communication is dated and judged at
    assessment: Assessment
    comparison: ForumComparison | None = None
    annexes: AnnexPlan = field(default_factory=AnnexPlan)
    state: StateTreaties | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, case: Case, body: Body, as_of: date, filed_on: date, assessment: Assessment,
              comparison: ForumComparison | None = None) -> Context:
        return cls(case=case, body=body, as_of=as_of, filed_on=filed_on, assessment=assessment,
                   comparison=comparison, annexes=plan_annexes(case, body),
                   state=treaties_for(case.state, case.state_override) if case.state else None)

    @property
    def body_name(self) -> str:
        return _(BODY_NAMES[self.body])

    @property
    def state_name(self) -> str:
        return state_name(self.case.state, "en") if self.case.state else ""

    @property
    def treaty(self) -> Treaty:
        return Treaty.CAT if self.body is Body.CAT else Treaty.ICCPR

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.assessment.findings

    def finding(self, criterion: str) -> Finding | None:
        return self.assessment.finding(criterion)

    @property
    def author_name(self) -> str:
        return self.case.author.person.name

    @property
    def victim_names(self) -> list[str]:
        return [v.person.name for v in self.case.victims if v.person.name]

    @property
    def victim_persons(self) -> list[Person]:
        """The alleged victims; the author when the author is the victim and none is listed."""
        if self.case.victims:
            return [v.person for v in self.case.victims]
        return [self.case.author.person] if self.case.author_is_victim else []

    @property
    def representative(self) -> Person | None:
        """Counsel if named; else the author when acting for someone else."""
        if self.case.counsel is not None:
            return self.case.counsel
        return None if self.case.author_is_victim else self.case.author.person

    def parties_line(self) -> str:
        """Return "Author v. State" (the victims' names when the author acts for them)."""
        names = self.victim_names if not self.case.author_is_victim and self.victim_names else [self.author_name]
        who = ", ".join(n for n in names if n) or _("[author]")
        return _("%(author)s v. %(state)s") % {"author": who, "state": self.state_name or _("[State party]")}
