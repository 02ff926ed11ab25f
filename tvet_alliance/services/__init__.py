"""Use cases. Each function takes a Session from its caller and returns a result object. No Qt."""
