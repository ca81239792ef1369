"""Domain calculations: figures derived from the data, never stored by hand."""
