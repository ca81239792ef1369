"""FredApp: the reorganisation of Fredrikstad kommune's shared services, on the desktop."""

__version__ = "0.1.0"
APP_NAME = "FredApp"
ORGANIZATION = "Fredrikstad kommune"
