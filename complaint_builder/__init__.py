"""Complaint Builder: admissibility of individual complaints to the HRC, the CAT and the WGAD."""

__version__ = "0.1.0"
