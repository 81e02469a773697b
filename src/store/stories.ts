import type { Structure } from '../model.js';
import { bandKeys, bodyText, containment, isCopy, MAX_BAND_CANDIDATES, signature, SIGNATURE_SIZE, type Signature } from '../stories/signature.js';
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

/** The prose a story is recognised by: body paragraphs, with the dateline cut from the first. */
export function storyText(text: string, structure: Structure): string {
  const from = structure.dateline?.end ?? 0;
  const paragraphs = structure.paragraphs
    .filter((p) => p.end > from)
    .map((p) => ({ start: Math.max(p.start, from), end: p.end }));
  return bodyText(text, paragraphs);
}

export const STORIES_LOCK = 'corpus:stories';

/**
 * Links each article not linked yet to the story of its closest stored near copy, or starts a
 * story of its own (`story_id` = its own id). Articles are taken in ingest order, so a story's
 * id is that of its first stored copy. A chunk of articles per transaction; one indexed lookup
 * when nothing is new.
 */
export function linkStories(db: DB): number {
  const pending = db.prepare('SELECT id, text, structure FROM articles WHERE story_id IS NULL AND id > ? ORDER BY id LIMIT ?');
  const bandMembers = db.prepare('SELECT article_id AS id FROM story_bands WHERE key = ? ORDER BY article_id DESC LIMIT ?');
  const linked = db.prepare(
    `SELECT s.shingles, s.signature, a.story_id FROM story_signatures s JOIN articles a ON a.id = s.article_id
     WHERE s.article_id = ? AND a.story_id IS NOT NULL`,
  );
  /** The stored, linked articles sharing a band with `id`, each once, at most MAX_BAND_CANDIDATES a band. */
  const candidates = (keys: readonly number[], id: number): { shingles: number; signature: Buffer; story_id: number }[] => {
    const ids = new Set<number>();
    for (const key of keys) {
      for (const other of bandMembers.all(key, MAX_BAND_CANDIDATES) as { id: number }[]) if (other.id !== id) ids.add(other.id);
    }
    return [...ids].flatMap((other) => (linked.get(other) as { shingles: number; signature: Buffer; story_id: number } | undefined) ?? []);
  };
  const saveSignature = db.prepare(
    `INSERT INTO story_signatures (article_id, shingles, signature) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature`,
  );
  const setStory = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
  let copies = 0;
  // Concurrent ingests link one after another, each seeing the stories the last one made.
  forEachPending(db, pending, (row: { id: number; text: string; structure: string }) => {
    const sig = signature(storyText(row.text, JSON.parse(row.structure) as Structure));
    const keys = bandKeys(sig);
    let best: { story: number; score: number } | undefined;
    for (const c of candidates(keys, row.id)) {
      const other = fromBlob(c.shingles, c.signature);
      if (!isCopy(sig, other)) continue;
      const score = containment(sig, other);
      if (best === undefined || score > best.score) best = { story: c.story_id, score };
    }
    saveSignature.run(row.id, sig.shingles, toBlob(sig));
    db.dialect.insertRows(db, 'story_bands', ['key', 'article_id'], keys.map((key) => [key, row.id]), 'ignore');
    setStory.run(best?.story ?? row.id, row.id);
    if (best) copies += 1;
  }, [STORIES_LOCK]);
  return copies;
}
