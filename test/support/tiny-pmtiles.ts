// A PMTiles v3 archive written by hand for the browser tests (github.com/protomaps/PMTiles spec/v3): one
// uncompressed Mapbox Vector Tile at zoom 0 whose "earth" layer is a square over the whole world and whose
// "water" layer is a box in it, so a --basemap renders something checkable without a real extract.

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  return out;
};
const zigzag = (n: number): number => (n << 1) ^ (n >> 31);
const field = (no: number, wire: number): number[] => varint((no << 3) | wire);
const bytes = (no: number, body: number[]): number[] => [...field(no, 2), ...varint(body.length), ...body];
const text = (no: number, s: string): number[] => bytes(no, [...Buffer.from(s, 'utf8')]);

/** A closed ring as MVT geometry commands (MoveTo, LineTo ×3, ClosePath), clockwise in tile coordinates. */
function square(x0: number, y0: number, x1: number, y1: number): number[] {
  const pts = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  const out = [(1 & 7) | (1 << 3), zigzag(pts[0][0]), zigzag(pts[0][1]), (2 & 7) | (3 << 3)];
  for (let i = 1; i < 4; i++) out.push(zigzag(pts[i][0] - pts[i - 1][0]), zigzag(pts[i][1] - pts[i - 1][1]));
  out.push((7 & 7) | (1 << 3));
  return out;
}

function layer(name: string, geometry: number[]): number[] {
  const packed = geometry.flatMap(varint);
  const feature = [...field(1, 0), ...varint(1), ...field(3, 0), ...varint(3), ...bytes(4, packed)];
  return bytes(3, [...field(15, 0), ...varint(2), ...text(1, name), ...bytes(2, feature), ...field(5, 0), ...varint(4096)]);
}

export function tinyPmtiles(): Buffer {
  const tile = Buffer.from([...layer('earth', square(0, 0, 4096, 4096)), ...layer('water', square(2600, 1400, 3600, 2600))]);
  const metadata = Buffer.from(JSON.stringify({ name: 'sitrep test basemap', vector_layers: [{ id: 'earth' }, { id: 'water' }] }));
  // Root directory: one entry (tile id 0, run length 1, the tile's length, offset 0 written as offset + 1).
  const dir = Buffer.from([...varint(1), ...varint(0), ...varint(1), ...varint(tile.length), ...varint(1)]);
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'latin1');
  header[7] = 3;
  const rootAt = 127, metaAt = rootAt + dir.length, dataAt = metaAt + metadata.length;
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  u64(8, rootAt); u64(16, dir.length); u64(24, metaAt); u64(32, metadata.length); u64(40, 0); u64(48, 0);
  u64(56, dataAt); u64(64, tile.length); u64(72, 1); u64(80, 1); u64(88, 1);
  header[96] = 1; // clustered
  header[97] = 1; // internal compression: none
  header[98] = 1; // tile compression: none
  header[99] = 1; // tile type: MVT
  header[100] = 0; header[101] = 0; // zooms
  header.writeInt32LE(-180e7, 102); header.writeInt32LE(-85e7, 106); header.writeInt32LE(180e7, 110); header.writeInt32LE(85e7, 114);
  header[118] = 0; header.writeInt32LE(0, 119); header.writeInt32LE(0, 123);
  return Buffer.concat([header, dir, metadata, tile]);
}
