import { asciiJson } from '@/lib/ascii-json';

/** JSON answers of the data routes: UTF-8, and a plain-text 404 that says what was not found. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The same, all ASCII (lib/ascii-json): for a large file the page parses before its first drawing. */
export function asciiJsonResponse(value: unknown): Response {
  return new Response(asciiJson(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function notFoundResponse(what: string): Response {
  return new Response(`${what}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
