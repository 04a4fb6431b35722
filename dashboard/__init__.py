"""The timeline app (Dash). Imports `timeline`; the library never imports it."""
