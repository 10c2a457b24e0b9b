// Quotes are cached per request signature so repeated basket views are cheap.
const quotes = new Map();

export function cachedQuote(signature, compute) {
  if (!quotes.has(signature)) {
    quotes.set(signature, compute());
  }
  return quotes.get(signature);
}

export function cacheSize() {
  return quotes.size;
}
