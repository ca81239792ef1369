"""The organisation chart: a scenario's units drawn as boxes, one scenario or a pair compared."""
