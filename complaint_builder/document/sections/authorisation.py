"""§C Authorisation / consent letter for a representative, ready to sign."""

from __future__ import annotations

from ...domain.case import Body, Person, Victim, VictimStatus
from ...i18n import N_, _
from ..context import Context
from ..labels import CANNOT_SIGN, TREATY_SHORT, VICTIM_STATUS, fmt_date, join_words, label
from ..writer import Bold, Italic, Part, Todo, Writer, value

_PROCEDURE = {
    Body.HRC: N_("a communication to the Human Rights Committee under the Optional Protocol to the International "
                 "Covenant on Civil and Political Rights"),
    Body.CAT: N_("a complaint to the Committee against Torture under article 22 of the Convention against Torture"),
    Body.WGAD: N_("a communication (and, where needed, an urgent appeal) to the Working Group on Arbitrary Detention"),
}


def subject_matter(ctx: Context) -> str:
    """Return the subject in one sentence (documents.md §C)."""
    claims = [c.article for c in ctx.case.claims if c.treaty is ctx.treaty and c.article]
    if ctx.body is Body.WGAD:
        return _("concerning the deprivation of liberty of %(who)s") % {"who": join_words(ctx.victim_names) or _("the undersigned")}
    if claims:
        return _("concerning violations of articles %(list)s of %(treaty)s") % {
            "list": join_words(claims), "treaty": label(TREATY_SHORT, ctx.treaty)}
    return _("concerning the violations of my rights set out in the communication")


def _representative(ctx: Context) -> list[Part]:
    rep = ctx.representative
    if rep is None:
        return [Todo(_("name and address of the representative"))]
    parts: list[Part] = [Bold(rep.name) if rep.name else Todo(_("name of the representative"))]
    # Counsel's own organisation (§C: "person and/or organisation"); the author's when the author represents.
    org = rep.organisation or (ctx.case.author.organisation if ctx.case.counsel is None else "")
    if org:
        parts.append(f", {org}")
    parts.append(", ")
    parts.append(value(rep.address, _("address of the representative")))
    return parts


def render_authorisation_letter(w: Writer, ctx: Context, person: Person, victim: Victim | None) -> None:
    """One letter for one victim (§C fields)."""
    w.title(_("Authorisation"))
    w.subtitle(_("to submit and pursue %(procedure)s") % {"procedure": _(_PROCEDURE[ctx.body])})
    who = person.name or _("the alleged victim")
    birth = fmt_date(person.date_of_birth)
    w.p(_("I, the undersigned, "), value(person.name, _("full name of the victim")), _(", born on "),
        value(birth, _("date of birth of %(who)s") % {"who": who}), _(", residing at "),
        value(person.address, _("address of %(who)s") % {"who": who}), ",")
    w.p(_("hereby authorise "), *_representative(ctx), ",")
    w.p(_("to submit on my behalf %(procedure)s against %(state)s, %(subject)s; to pursue it, to make all "
          "submissions in it and to receive all correspondence concerning it.")
        % {"procedure": _(_PROCEDURE[ctx.body]), "state": ctx.state_name or _("[State]"), "subject": subject_matter(ctx)})
    # §C: the choice on anonymity mirrors §A.5a / §B.8.
    if ctx.case.confidentiality_requested:
        w.p(Bold(_("Publication: ")), _("I ask that my name and identifying details not be published in any decision or opinion."))
    else:
        w.p(Bold(_("Publication: ")), _("I do not object to my name being published in the decision or opinion."))
    w.field(_("Place"), value(ctx.case.signing_place.strip(), _("place where the authorisation is signed")))
    w.field(_("Date"), fmt_date(ctx.case.authorisation.signed_on) or Todo(_("date the authorisation is signed")))
    w.blank()
    w.p("_______________________________________")
    status = victim.status_now if victim is not None else None
    if status in CANNOT_SIGN:
        # §C: if the victim cannot sign — signer's relationship, reason, supporting document.
        w.p(Bold(_("Signed on behalf of the victim, who cannot sign (%(status)s)") % {"status": label(VICTIM_STATUS, status)}))
        w.field(_("Name of the signer"), value(ctx.author_name if not ctx.case.author_is_victim else "", _("name of the signer")))
        w.field(_("Relationship to the victim"), value(ctx.case.author.link_to_victim, _("relationship of the signer to the victim")))
        w.field(_("Reason the victim cannot sign"), value(ctx.case.authorisation.why_absent, _("why the victim cannot sign")))
        w.field(_("Supporting document"), Todo(_("death certificate, detention notice or guardianship decision")
                                                if status is not VictimStatus.MINOR else _("birth certificate of the child")))
    else:
        w.field(_("Signature of"), value(person.name, _("name of the victim")))
    w.p(Italic(_("If this authorisation is signed in another language, attach a translation into the language of submission.")))


def render_authorisation(w: Writer, ctx: Context) -> None:
    victims = list(ctx.case.victims)
    if not victims:
        render_authorisation_letter(w, ctx, Person(), None)
        return
    for i, victim in enumerate(victims):
        if i:
            w.page_break()
        render_authorisation_letter(w, ctx, victim.person, victim)
