"""ejrc: the EU-Japan Regional Cooperation platform."""
