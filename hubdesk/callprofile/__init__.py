"""Call profiles: the rules of a call as data, so a new call needs no code change."""

from hubdesk.callprofile.model import CallProfile, Municipality
from hubdesk.callprofile.loader import load_call_profile, DEFAULT_CALL_ID

__all__ = ["DEFAULT_CALL_ID", "CallProfile", "Municipality", "load_call_profile"]
