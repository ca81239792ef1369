"""The Organisasjon tab's parts: the comparison, the descriptions, import and export."""
