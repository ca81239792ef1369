"""The council briefing, regenerated from live data: content (a plain slide model) gathered
from the database, written as PPTX here and as PDF by the window's Qt renderer."""

from fredapp.core.briefing.content import BriefingOptions, build_briefing
from fredapp.core.briefing.model import Briefing, Slide

__all__ = ["Briefing", "BriefingOptions", "Slide", "build_briefing"]
