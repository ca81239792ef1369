"""FredApp's core: data, domain rules, import/export. Never imports Qt."""
