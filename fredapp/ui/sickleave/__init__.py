"""The Sykefravær tab's parts: checklist, unit figures, toolkit catalogue, exports."""
