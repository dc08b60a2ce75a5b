"""Article texts written for the dashboard tests, shared by the AppTests and the browser test."""

# A headline, a duplicated photo caption with an agency credit, and the "Oops!" widget bullets a
# scraped page leaves behind, around prose that praises and accuses named countries.
HARBOUR_ARTICLE = """Norway and Canada sign Arctic fisheries accord after long talks

Fishing boats leave the harbour of Tromsø at dawn - MIRA SOLANO/AFP via Getty Images
Fishing boats leave the harbour of Tromsø at dawn - MIRA SOLANO/AFP via Getty Images
  • Oops!
    Something went wrong.
    Please try again later.

Norway praised Canada on Monday for a generous fisheries agreement that opens the northern waters.

Officials in Canada welcomed the support and called the accord a model of cooperation.

Critics accused Norway of hiding the costs, and the opposition condemned the secret clauses.
"""
