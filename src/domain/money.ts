/** Money is an integer number of fen (分) end to end; format only at the edge. */
export type Fen = number;

export function yuanToFen(yuan: number): Fen {
  return Math.round(yuan * 100);
}
