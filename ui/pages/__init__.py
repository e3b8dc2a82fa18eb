"""Section pages of the dossier editor built here: applicant, proposal, properties, partners."""
