"""Partner pages: the list of partners and one partner's page."""
