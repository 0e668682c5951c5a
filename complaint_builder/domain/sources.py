"""Legal citations, quoted identically by the engine, the report and the documents.

Every constant names the provision as ``shared/domain/admissibility.md`` gives it; the section of
that file is in the comment. Leading cases are those the reference marks as verified.
"""

from __future__ import annotations

# §3 competence.state_party
OP1_ART_1 = "OP1 art. 1"
OP1_ART_9_2 = "OP1 art. 9(2)"
OP1_ART_12 = "OP1 art. 12 (denunciation)"
CAT_ART_22_1 = "CAT art. 22(1)"
CAT_ART_27 = "CAT art. 27 (entry into force)"
WGAD_MANDATE = "HRC res. on the WGAD mandate (CHR res. 1991/42); WGAD methods of work A/HRC/33/66"

# §2 competence.ratione_temporis
OP1_TEMPORIS = "OP1 art. 1 (ratione temporis); State declaration where made"
CAT_TEMPORIS = "CAT art. 22(1); CAT art. 27(2)"
CASE_AP_KAZAKHSTAN = "A.P. v. Kazakhstan, HRC 2726/2016 (2021)"
CASE_E_AK_HUNGARY = "E. and A.K. v. Hungary, HRC 520/1992, para. 6.4"
CASE_QULIYEV = "Quliyev v. Azerbaijan, HRC 1972/2010, para. 8.3"
CASE_GERASIMOV = "Gerasimov v. Kazakhstan, CAT 433/2010 (2012)"
CASE_OR_ARGENTINA = "O.R., M.M. and M.S. v. Argentina, CAT 1-3/1988"

# §4 competence.ratione_loci
OP1_JURISDICTION = "OP1 art. 1 (individuals subject to its jurisdiction)"
CAT_JURISDICTION = "CAT art. 22(1) (individuals subject to its jurisdiction)"

# §5 competence.ratione_personae
OP1_VICTIM = "OP1 arts 1-2; HRC rules of procedure, rule 99(b)"
CAT_VICTIM = "CAT art. 22(1) (\"from or on behalf of individuals\"); CAT rules of procedure, rule 113"
WGAD_SOURCE = "WGAD methods of work A/HRC/33/66 (any source may submit)"
CASE_Y_AUSTRALIA = "Y. v. Australia, HRC 772/1997, para. 6.3"

# §6 anonymity
OP1_ART_3 = "OP1 art. 3"
CAT_ART_22_2 = "CAT art. 22(2)"

# §7 competence.ratione_materiae
OP1_MATERIAE = "OP1 arts 1 and 3 (compatibility with the Covenant)"
CAT_MATERIAE = "CAT art. 22(1)-(2)"
WGAD_MATERIAE = "WGAD methods of work A/HRC/33/66, para. 1 (deprivation of liberty)"
CASE_X_NORWAY = "X v. Norway, HRC 2474/2014, para. 6.3"

# §8 exhaustion
OP1_EXHAUSTION = "OP1 arts 2 and 5(2)(b)"
CAT_EXHAUSTION = "CAT art. 22(5)(b)"
KZ_SEED_SUPREME_COURT = "Kazakhstan practice from the seed report (2012): Supreme Court decision before ICCPR art. 14 claims"  # seed-kazakhstan.md §3
CASE_FCS_SPAIN = "F.C.S. v. Spain, HRC 4063/2021, para. 6.4"
CASE_MALEI = "Malei v. Belarus, HRC 2404/2014, para. 8.4"
CASE_KRIKKERIK = "Krikkerik v. Russian Federation, HRC 2992/2017, para. 8.4"
CASE_IK_NORWAY = "I.K. v. Norway, CAT 678/2015, para. 9.4"
CASE_RAMIREZ = "Ramírez Martínez et al. v. Mexico, CAT 500/2012, para. 16.4"
CASE_NYAYA = "Nyaya v. Nepal, HRC 2556/2015, para. 6.5"
CASE_SHODEINDE = "Shodeinde v. Canada, CAT 621/2014, para. 6.4"

# §9-10 same matter
OP1_ART_5_2_A = "OP1 art. 5(2)(a)"
CAT_ART_22_5_A = "CAT art. 22(5)(a)"
WGAD_COORDINATION = "WGAD methods of work (cooperation with other mechanisms; paragraph unverified)"
CASE_ABICHOU = "Abichou v. Germany, CAT 430/2010, paras 8.4 and 10.1"
CASE_DHAKAL = "Dhakal v. Nepal, HRC 2185/2012, para. 10.2"
CASE_ST_AUSTRIA = "S.T. v. Austria, HRC 2650/2015, para. 6.3"
CASE_JD_SWITZERLAND = "J.D. v. Switzerland, CAT 819/2017, paras 6.5-6.6"
CASE_HA_SWEDEN = "H.A. v. Sweden, CAT 744/2016, paras 6.4-6.6"
OP1_RESERVATION = "OP1 art. 5(2)(a) with the State's reservation (\"has been examined\")"

# §11 delay
HRC_RULE_99_C = "OP1 art. 3; HRC rules of procedure, rule 99(c)"
CAT_RULE_113_F = "CAT rules of procedure, rule 113(f)"
CASE_SP_RUSSIA = "S.P. et al. v. Russian Federation, HRC 2932/2017, paras 7.8-7.10"
CASE_DS_RUSSIA = "D.S. v. Russian Federation, HRC 2705/2015, para. 6.4"

# §12 substantiation
OP1_SUBSTANTIATION = "OP1 art. 2; HRC rules of procedure, rule 99(b)"
CAT_SUBSTANTIATION = "CAT art. 22(2); CAT rules of procedure, rule 113(b)"
WGAD_SUBSTANTIATION = "WGAD methods of work (precise description of the circumstances)"
CASE_HERMOSILLA = "Hermosilla Barrio v. Spain, HRC 3102/2018, para. 8.3"

# §13 abuse
OP1_ABUSE = "OP1 art. 3"
CAT_ABUSE = "CAT art. 22(2); CAT rules of procedure, rule 113(b)"

# §14 wgad.category
WGAD_CATEGORIES = "WGAD methods of work A/HRC/33/66, para. 8 (categories I-V)"

UNTC_CAT_DECLARATIONS = (
    "UN Treaty Collection, chapter IV.9 (Convention against Torture), "
    "\"Declarations and Reservations\" — declarations under article 22"
)
UNTC_OP1 = "UN Treaty Collection, chapter IV.5 (Optional Protocol to the ICCPR)"
