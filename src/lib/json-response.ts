/**
 * The response of a route that serves JSON (/ladder.json, its schema, the search page's files): one place for
 * the serialisation and the content type. `pretty` is for files people read (two-space indent, final newline);
 * the search page's files are compact.
 */
export function jsonResponse(
  value: unknown,
  { pretty = false, type = 'application/json' }: { pretty?: boolean; type?: string } = {},
): Response {
  const body = pretty ? `${JSON.stringify(value, null, 2)}\n` : JSON.stringify(value);
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
