/**
 * Side-by-side comparisons on a shared, noisy machine: the two sides take turns in rounds
 * (ours, peer, peer, ours, …: who goes first alternates, so neither always meets a warmer or a
 * busier machine), every round keeps its own figures, and the comparison is the median of the
 * per-round ratios with their spread.
 */
export interface Round<Ours, Peer> {
  round: number;
  oursFirst: boolean;
  ours: Ours;
  peer: Peer;
}

export async function interleave<Ours, Peer>(
  rounds: number,
  ours: (round: number) => Promise<Ours>,
  peer: (round: number) => Promise<Peer>,
  onRound?: (round: Round<Ours, Peer>) => void,
): Promise<Round<Ours, Peer>[]> {
  const results: Round<Ours, Peer>[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const oursFirst = round % 2 === 0;
    let oursResult: Ours;
    let peerResult: Peer;
    if (oursFirst) {
      oursResult = await ours(round);
      peerResult = await peer(round);
    } else {
      peerResult = await peer(round);
      oursResult = await ours(round);
    }
    const result = { round: round + 1, oursFirst, ours: oursResult, peer: peerResult };
    onRound?.(result);
    results.push(result);
  }
  return results;
}

/** A figure over the rounds: its median, and the lowest and highest round. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error('no rounds to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

export function median(values: number[]): number {
  return spread(values).median;
}
