"""Package data: the endpoint query page's static files (vendored YASGUI, page.js, page.css)."""
