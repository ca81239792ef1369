"""The measure board: cards in columns and swimlanes, the effect matrix, export."""
