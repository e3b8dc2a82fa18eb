"""Call profiles: the rules of a call as data, so a new call needs no code change."""

from hubdesk.callprofile.loader import DEFAULT_CALL_ID, load_call_profile
from hubdesk.callprofile.model import CallProfile, Municipality

__all__ = ["DEFAULT_CALL_ID", "CallProfile", "Municipality", "load_call_profile"]
