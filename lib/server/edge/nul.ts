/**
 * Whether a NUL character hides anywhere in an action's arguments (strings, arrays, plain objects, FormData):
 * PostgreSQL refuses NUL in text, so an argument carrying one would fail in the database instead of at the edge.
 * Depth-limited, because the arguments come from the client.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (value instanceof FormData) {
    for (const [key, entry] of value.entries()) if (containsNul(key) || containsNul(entry)) return true;
    return false;
  }
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return false;
  return Object.entries(value).some(([key, item]) => containsNul(key) || containsNul(item, depth + 1));
}
