/** JSON answers of the data routes: UTF-8, and a plain-text 404 that says what was not found. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function notFoundResponse(what: string): Response {
  return new Response(`${what}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
