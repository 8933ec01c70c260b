// Verify's client code: progressive enhancement only, every action also works without it.
// Kept in one module so the Content Security Policy can forbid inline scripts.
