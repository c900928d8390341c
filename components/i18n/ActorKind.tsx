'use client';
/** Words of the data model's enumerations in the interface language, for server pages. */
import type { Actor, AtharEvent } from '@/lib/schema';
import { PANEL_STRINGS } from '@/components/panels/strings';
import { useLang } from './lang-context';

export function ActorKind({ kind }: { kind: Actor['kind'] }) {
  return <>{PANEL_STRINGS[useLang()].kinds[kind]}</>;
}

export function EventStatus({ status }: { status: AtharEvent['status'] }) {
  return <>{PANEL_STRINGS[useLang()].status[status]}</>;
}
