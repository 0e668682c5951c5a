"""§A.5 Preliminary questions, each answered yes or no: anonymity, same matter, interim measures."""

from __future__ import annotations

from ...domain.case import Body
from ...i18n import _
from ..context import Context
from ..labels import DEFAULT_MEASURES, HARM_KINDS, fmt_date, join_words, label
from ..writer import Bold, Todo, Writer
from .blocks import procedures_table

RULE_NUMBERS = {Body.HRC: "94", Body.CAT: "114"}


def measure_requested(ctx: Context) -> str:
    risk = ctx.case.urgent_risk
    if risk is None:
        return ""
    return risk.measure_requested or label(DEFAULT_MEASURES, risk.kind)


def render_complaint_preliminary(w: Writer, ctx: Context) -> int:
    """§A.5 (required). Return the number of the interim-measures paragraph (0 if none requested)."""
    case = ctx.case
    w.heading(_("Preliminary questions"))
    # (a) §A.5a: the communication is never anonymous; anonymity is asked for the published decision.
    names = join_words(ctx.victim_names) or _("the alleged victim")
    if case.confidentiality_requested:
        w.num(Bold(_("Anonymity in the decision: yes. ")),
              _("The author asks that the name of %(names)s and any identifying details be withheld in the "
                "Committee's published decision. The author's and the victim's identity are disclosed to the "
                "Committee in this communication.") % {"names": names})
    else:
        w.num(Bold(_("Anonymity in the decision: no. ")),
              _("The author does not ask for the names to be withheld in the published decision."))

    # (b) §A.5b: the same matter before another procedure of international investigation or settlement.
    if case.other_procedures:
        w.num(Bold(_("Same matter before another international procedure: ")),
              _("the following procedures concern these facts; their stage and outcome are set out below."))
        procedures_table(w, ctx)
        if ctx.body is Body.HRC:
            # admissibility.md `delay`: the 3-year limb runs from the end of another procedure.
            for proc in case.other_procedures:
                if proc.note:
                    w.sub(proc.note)
    elif case.other_procedures_answered:
        w.num(Bold(_("Same matter before another international procedure: no. ")),
              _("The same matter has not been submitted to and is not being examined under another procedure of "
                "international investigation or settlement."))
    else:
        w.num(Bold(_("Same matter before another international procedure: ")),
              Todo(_("whether the same matter was submitted to another international procedure")))

    # (c) §A.5c: interim measures, pointing to the separate request (§D1).
    risk = case.urgent_risk
    if risk is None or ctx.body is Body.WGAD:
        w.num(Bold(_("Interim measures requested: no.")))
        return 0
    when = _(" before %(date)s") % {"date": fmt_date(risk.by_date)} if risk.by_date else ""
    return w.num(
        Bold(_("Interim measures requested: yes. ")),
        _("The author asks the Committee, under rule %(rule)s of its rules of procedure, to request the State "
          "party %(measure)s, because of the risk of %(harm)s%(when)s. The request is filed separately together "
          "with this communication.")
        % {"rule": RULE_NUMBERS[ctx.body], "measure": measure_requested(ctx), "harm": label(HARM_KINDS, risk.kind),
           "when": when},
    )
