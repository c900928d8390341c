'use client';
/**
 * The records behind a panel or the reader: the shards the view needs
 * (lib/shard-plan), fetched (./shard-store), merged and indexed like the
 * whole dataset (lib/query). While a needed shard is on its way `busy` is
 * true, so the panel says it is loading instead of showing the previous
 * selection's records or saying there is nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import { buildIndex, type DatasetIndex } from '@/lib/query';
import { mergeShards, type DatasetShard } from '@/lib/dataset-shards';
import { fetchShard, shardInHand } from './shard-store';

export interface DetailScope {
  index: DatasetIndex;
  /** A needed shard is still loading. */
  busy: boolean;
  /** A needed shard could not be fetched: the reason, for the panel to show. */
  error: string | null;
}

const EMPTY = buildIndex(mergeShards([]));

function inHand(urls: readonly string[]): DatasetShard[] | null {
  const shards: DatasetShard[] = [];
  for (const url of urls) {
    const shard = shardInHand(url);
    if (!shard) return null;
    shards.push(shard);
  }
  return shards;
}

export function useDetailScope(urls: readonly string[]): DetailScope {
  const key = urls.join('\n');
  // Bumped when a fetch lands, so the memo below looks in the store again.
  const [arrivals, setArrivals] = useState(0);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const wanted = useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
  const shards = useMemo(() => inHand(wanted), [wanted, arrivals]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (shards) return;
    let live = true;
    Promise.all(wanted.map(fetchShard)).then(
      () => {
        if (live) setArrivals((n) => n + 1);
      },
      (reason: unknown) => {
        if (live) setError({ key: wanted.join('\n'), message: reason instanceof Error ? reason.message : String(reason) });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, shards]);

  const index = useMemo(() => (shards ? buildIndex(mergeShards(shards)) : null), [shards]);
  const failed = error?.key === key ? error.message : null;
  return { index: index ?? EMPTY, busy: index === null && failed === null, error: failed };
}
