"""Plain-language labels for the values of the case model's enumerations (translatable)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from complaint_builder.domain import case as m

BODY = {
    m.Body.HRC: _l("Human Rights Committee (ICCPR, Optional Protocol)"),
    m.Body.CAT: _l("Committee against Torture (CAT, article 22)"),
    m.Body.WGAD: _l("Working Group on Arbitrary Detention"),
}
BODY_SHORT = {m.Body.HRC: _l("HRC"), m.Body.CAT: _l("CAT"), m.Body.WGAD: _l("WGAD")}

LANGUAGE = {"en": _l("English"), "fr": _l("French"), "ru": _l("Russian"), "es": _l("Spanish")}

AUTHOR_ROLE = {
    m.AuthorRole.VICTIM: _l("The victim themself"),
    m.AuthorRole.LAWYER: _l("A lawyer for the victim"),
    m.AuthorRole.NGO: _l("An NGO"),
    m.AuthorRole.RELATIVE: _l("A relative"),
    m.AuthorRole.OTHER: _l("Someone else"),
}
VICTIM_STATUS = {
    m.VictimStatus.ALIVE_FREE: _l("Alive and free"),
    m.VictimStatus.DETAINED_REACHABLE: _l("Detained, can be reached"),
    m.VictimStatus.INCOMMUNICADO: _l("Held incommunicado"),
    m.VictimStatus.DISAPPEARED: _l("Disappeared"),
    m.VictimStatus.DEAD: _l("Dead"),
    m.VictimStatus.MINOR: _l("A child"),
    m.VictimStatus.INCAPACITATED: _l("Unable to act for themself"),
}
VICTIM_EFFECT = {
    m.VictimEffect.ACTUAL: _l("Actually affected"),
    m.VictimEffect.IMMINENT_PERSONAL: _l("Personally at imminent risk"),
    m.VictimEffect.LAW_APPLIES_TO_VICTIM: _l("A law applies to them directly"),
    m.VictimEffect.GENERAL_CONCERN: _l("General concern only"),
}
STATE_CONTROL = {
    m.StateControl.TERRITORY: _l("On the State's territory"),
    m.StateControl.CUSTODY: _l("In the State's custody"),
    m.StateControl.AGENTS_ABROAD: _l("By its agents abroad"),
    m.StateControl.OCCUPIED_OR_DISPUTED: _l("Occupied or disputed territory"),
    m.StateControl.NONE: _l("Not under the State's control"),
}
POST_ANCHOR_KIND = {
    m.PostAnchorKind.NEW_ACT_ON_VICTIM: _l("A new act against the victim"),
    m.PostAnchorKind.CONTINUING_SITUATION: _l("A continuing situation"),
    m.PostAnchorKind.PROCEEDINGS_ON_MERITS: _l("Court proceedings on the merits"),
    m.PostAnchorKind.REMEDY_REFUSAL: _l("Refusal of a remedy"),
    m.PostAnchorKind.GENERAL_LEGISLATION: _l("General legislation"),
    m.PostAnchorKind.CONSEQUENCE_ONLY: _l("Only a consequence of an earlier act"),
    m.PostAnchorKind.DISAPPEARANCE_CONCEALED: _l("Concealment of a disappearance"),
}
REMEDY_LEVEL = {
    m.RemedyLevel.FIRST_INSTANCE: _l("First-instance court"),
    m.RemedyLevel.APPEAL: _l("Appeal"),
    m.RemedyLevel.CASSATION: _l("Cassation"),
    m.RemedyLevel.SUPREME_COURT: _l("Supreme Court"),
    m.RemedyLevel.SUPERVISORY: _l("Supervisory review"),
    m.RemedyLevel.PROSECUTOR: _l("Prosecutor"),
    m.RemedyLevel.PROSECUTOR_REVIEW_PETITION: _l("Petition to the prosecutor for review"),
    m.RemedyLevel.CRIMINAL_COMPLAINT: _l("Criminal complaint (report of a crime)"),
    m.RemedyLevel.COURT_CHALLENGE_OF_REFUSAL: _l("Court challenge of a refusal to investigate"),
    m.RemedyLevel.ADMINISTRATIVE: _l("Administrative body"),
    m.RemedyLevel.CIVIL: _l("Civil claim"),
    m.RemedyLevel.CONSTITUTIONAL: _l("Constitutional court"),
    m.RemedyLevel.OMBUDSMAN: _l("Ombudsman"),
    m.RemedyLevel.OTHER: _l("Other"),
}
REMEDY_KIND = {
    m.RemedyKind.ORDINARY: _l("Ordinary remedy"),
    m.RemedyKind.EXTRAORDINARY_DISCRETIONARY: _l("Extraordinary or discretionary review"),
    m.RemedyKind.NON_JUDICIAL: _l("Non-judicial body"),
    m.RemedyKind.HUMANITARIAN_DISCRETIONARY: _l("Humanitarian or discretionary relief"),
}
REMEDY_OUTCOME = {
    m.RemedyOutcome.PENDING: _l("Pending"),
    m.RemedyOutcome.DISMISSED: _l("Dismissed"),
    m.RemedyOutcome.GRANTED: _l("Granted"),
    m.RemedyOutcome.PARTLY_GRANTED: _l("Partly granted"),
    m.RemedyOutcome.NOT_USED: _l("Not used"),
    m.RemedyOutcome.LOST_BY_DEFAULT: _l("Lost for a missed deadline or formality"),
}
NOT_USED_REASON = {
    m.NotUsedReason.NO_SUCH_REMEDY: _l("No such remedy exists"),
    m.NotUsedReason.NO_SUSPENSIVE_EFFECT: _l("It would not stop a removal (no suspensive effect)"),
    m.NotUsedReason.SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE: _l("Settled case law against us on the same issue"),
    m.NotUsedReason.CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES: _l("Consistent adverse practice in similar cases"),
    m.NotUsedReason.UNAFFORDABLE_FEE_NO_LEGAL_AID: _l("Unaffordable fee and no legal aid"),
    m.NotUsedReason.REPRISALS_SUBSTANTIATED: _l("Substantiated fear of reprisals"),
    m.NotUsedReason.PROLONGED: _l("Unreasonably prolonged"),
    m.NotUsedReason.STATE_DUTY_EX_OFFICIO: _l("The State had to act of its own motion"),
    m.NotUsedReason.OBJECTIVE_IMPEDIMENT: _l("An objective impediment"),
    m.NotUsedReason.UNLIKELY_EFFECTIVE_RELIEF: _l("Unlikely to bring effective relief"),
    m.NotUsedReason.GENERAL_DOUBTS: _l("General doubts about its effectiveness"),
    m.NotUsedReason.COST_IN_GENERAL: _l("Cost in general"),
    m.NotUsedReason.COUNSEL_ERROR: _l("An error of counsel"),
    m.NotUsedReason.MISTAKEN_BELIEF: _l("A mistaken belief"),
    m.NotUsedReason.LACK_OF_AWARENESS: _l("Did not know about it"),
    m.NotUsedReason.NONE: _l("No reason"),
}
SUSPENSIVE_EFFECT = {
    m.SuspensiveEffect.AUTOMATIC: _l("Automatic"),
    m.SuspensiveEffect.ON_REQUEST: _l("On request"),
    m.SuspensiveEffect.NONE: _l("None"),
}
PROCEDURE_BODY = {
    m.ProcedureBody.HRC: _l("UN Human Rights Committee"),
    m.ProcedureBody.CAT: _l("UN Committee against Torture"),
    m.ProcedureBody.CEDAW: _l("CEDAW Committee"),
    m.ProcedureBody.CERD: _l("CERD Committee"),
    m.ProcedureBody.CRPD: _l("CRPD Committee"),
    m.ProcedureBody.CED: _l("Committee on Enforced Disappearances"),
    m.ProcedureBody.CRC: _l("Committee on the Rights of the Child"),
    m.ProcedureBody.CESCR: _l("CESCR Committee"),
    m.ProcedureBody.CMW: _l("Committee on Migrant Workers"),
    m.ProcedureBody.ECTHR: _l("European Court of Human Rights"),
    m.ProcedureBody.IACHR: _l("Inter-American Commission on Human Rights"),
    m.ProcedureBody.IACTHR: _l("Inter-American Court of Human Rights"),
    m.ProcedureBody.ACHPR: _l("African Commission on Human and Peoples' Rights"),
    m.ProcedureBody.AFCHPR: _l("African Court on Human and Peoples' Rights"),
    m.ProcedureBody.WGAD: _l("Working Group on Arbitrary Detention"),
    m.ProcedureBody.WGEID: _l("Working Group on Enforced or Involuntary Disappearances"),
    m.ProcedureBody.SPECIAL_RAPPORTEUR: _l("A Special Rapporteur"),
    m.ProcedureBody.HRC_COMPLAINT_PROCEDURE: _l("Human Rights Council complaint procedure"),
    m.ProcedureBody.OTHER: _l("Other"),
}
PROCEDURE_STATUS = {
    m.ProcedureStatus.PENDING: _l("Pending"),
    m.ProcedureStatus.WITHDRAWN: _l("Withdrawn"),
    m.ProcedureStatus.CONCLUDED: _l("Concluded"),
}
DECISION_TYPE = {
    m.DecisionType.MERITS_JUDGMENT: _l("Judgment or views on the merits"),
    m.DecisionType.INADMISSIBLE_MERITS_BASED: _l("Inadmissible for reasons touching the merits"),
    m.DecisionType.INADMISSIBLE_PROCEDURAL: _l("Inadmissible on purely procedural grounds"),
    m.DecisionType.SINGLE_JUDGE_UNREASONED: _l("Single-judge decision without reasons"),
    m.DecisionType.STRUCK_OUT: _l("Struck out"),
    m.DecisionType.UNKNOWN: _l("Not known"),
}
DETENTION_TYPE = {
    m.DetentionType.ARREST: _l("Arrest"),
    m.DetentionType.PRETRIAL: _l("Pre-trial detention"),
    m.DetentionType.POST_CONVICTION: _l("Imprisonment after conviction"),
    m.DetentionType.ADMINISTRATIVE: _l("Administrative detention"),
    m.DetentionType.HOUSE_ARREST: _l("House arrest"),
    m.DetentionType.PSYCHIATRIC: _l("Psychiatric confinement"),
    m.DetentionType.IMMIGRATION: _l("Immigration detention"),
    m.DetentionType.OTHER: _l("Other"),
}
LEGAL_BASIS_KIND = {
    m.LegalBasisKind.STATED: _l("A legal basis was stated"),
    m.LegalBasisKind.NONE: _l("No legal basis was given"),
    m.LegalBasisKind.EXPIRED: _l("Held after the sentence was served"),
    m.LegalBasisKind.AMNESTY: _l("Held despite an amnesty"),
}
WGAD_CATEGORY = {
    m.WgadCategory.I: _l("Category I: no legal basis for the detention"),
    m.WgadCategory.II: _l("Category II: detained for exercising rights or freedoms"),
    m.WgadCategory.III: _l("Category III: grave violations of fair-trial rights"),
    m.WgadCategory.IV: _l("Category IV: prolonged administrative custody of migrants or asylum seekers"),
    m.WgadCategory.V: _l("Category V: discrimination"),
}
HARM_KIND = {
    m.HarmKind.IMMINENT_TORTURE: _l("Imminent torture"),
    m.HarmKind.REMOVAL: _l("Extradition, deportation or expulsion"),
    m.HarmKind.HEALTH_IN_DETENTION: _l("Health in detention"),
    m.HarmKind.EXECUTION: _l("Execution"),
    m.HarmKind.THREAT_TO_LIFE: _l("Threat to life"),
    m.HarmKind.OTHER: _l("Other"),
}
ART22_STATUS = {
    m.Art22Status.YES: _l("Yes, the declaration was made"),
    m.Art22Status.NO: _l("No declaration"),
    m.Art22Status.UNKNOWN: _l("Not known"),
}
