"""TVET Alliance Manager: the register of the China–Pakistan digital-education alliance for TVET."""

__version__ = "0.1.0"
APP_NAME = "TVET Alliance Manager"
ORG_NAME = "TVET Alliance"
