import type { Structure } from '../model.js';
import { bandKeys, containment, isCopy, MAX_BAND_CANDIDATES, SIGNATURE_SIZE, storySignature, type Signature } from '../stories/signature.js';
import type { DB } from './open.js';
import { forEachPending } from './pending.js';

function toBlob(sig: Signature): Buffer {
  return Buffer.from(sig.values.buffer, sig.values.byteOffset, sig.values.byteLength);
}

/** Stored little-endian, like every machine this runs on reads a Uint32Array. */
function fromBlob(shingles: number, blob: Buffer): Signature {
  const bytes = new Uint8Array(SIGNATURE_SIZE * 4);
  bytes.set(blob.subarray(0, SIGNATURE_SIZE * 4));
  return { shingles, values: new Uint32Array(bytes.buffer) };
}

/** Files an article's signature and its band keys (the writer, as it saves the article). */
export function signatureWriter(db: DB): (articleId: number, sig: Signature) => void {
  const save = db.prepare(
    `INSERT INTO story_signatures (article_id, shingles, signature) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature`,
  );
  return (articleId, sig) => {
    save.run(articleId, sig.shingles, toBlob(sig));
    db.dialect.insertRows(db, 'story_bands', ['key', 'article_id'], bandKeys(sig).map((key) => [key, articleId]), 'ignore');
  };
}

export const STORIES_LOCK = 'corpus:stories';

/**
 * Links each article not linked yet to the story of its closest stored near copy, or starts a
 * story of its own (`story_id` = its own id). Articles are taken in ingest order, so a story's
 * id is that of its first stored copy. A chunk of articles per transaction; one indexed lookup
 * when nothing is new.
 */
export function linkStories(db: DB): number {
  const pending = db.prepare(
    `SELECT a.id, s.shingles, s.signature FROM articles a LEFT JOIN story_signatures s ON s.article_id = a.id
     WHERE a.story_id IS NULL AND a.id > ? ORDER BY a.id LIMIT ?`,
  );
  // Articles are linked in id order: the ones before are linked, the ones after (saved with their bands) are not yet.
  const bandMembers = db.prepare('SELECT article_id AS id FROM story_bands WHERE key = ? AND article_id < ? ORDER BY article_id DESC LIMIT ?');
  const linked = db.prepare(
    `SELECT s.shingles, s.signature, a.story_id FROM story_signatures s JOIN articles a ON a.id = s.article_id
     WHERE s.article_id = ? AND a.story_id IS NOT NULL`,
  );
  /** The stored, linked articles sharing a band with `id`, each once, at most MAX_BAND_CANDIDATES a band. */
  const candidates = (keys: readonly number[], id: number): { shingles: number; signature: Buffer; story_id: number }[] => {
    const ids = new Set<number>();
    for (const key of keys) {
      for (const other of bandMembers.all(key, id, MAX_BAND_CANDIDATES) as { id: number }[]) ids.add(other.id);
    }
    return [...ids].flatMap((other) => (linked.get(other) as { shingles: number; signature: Buffer; story_id: number } | undefined) ?? []);
  };
  // An article saved before signatures were made at save time has none yet.
  const unsigned = db.prepare('SELECT text, structure FROM articles WHERE id = ?');
  const sign = signatureWriter(db);
  const setStory = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
  let copies = 0;
  // Concurrent ingests link one after another, each seeing the stories the last one made.
  forEachPending(db, pending, (row: { id: number; shingles: number | null; signature: Buffer | null }) => {
    let sig: Signature;
    if (row.signature === null || row.shingles === null) {
      const { text, structure } = unsigned.get(row.id) as { text: string; structure: string };
      sig = storySignature({ text, structure: JSON.parse(structure) as Structure });
      sign(row.id, sig);
    } else sig = fromBlob(row.shingles, row.signature);
    let best: { story: number; score: number } | undefined;
    for (const c of candidates(bandKeys(sig), row.id)) {
      const other = fromBlob(c.shingles, c.signature);
      if (!isCopy(sig, other)) continue;
      const score = containment(sig, other);
      if (best === undefined || score > best.score) best = { story: c.story_id, score };
    }
    setStory.run(best?.story ?? row.id, row.id);
    if (best) copies += 1;
  }, [STORIES_LOCK]);
  return copies;
}
