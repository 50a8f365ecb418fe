package org.habittrends.ingest;

import java.util.BitSet;

/**
 * The answers a file has already written, as a Bloom filter of fixed size (2 MiB, whatever the
 * file's length): "not seen" is certain, so such an answer needs no database look-up; "maybe seen"
 * means look it up. With 500,000 answers about 1 in 300 "maybe" is wrong, which costs a look-up,
 * never a wrong result.
 */
final class SeenAnswers {

  private static final int BITS = 1 << 24;
  private static final int PROBES = 3;

  private final BitSet bits = new BitSet(BITS);

  void add(String key) {
    long hash = hash(key);
    for (int i = 0; i < PROBES; i++) {
      bits.set(index(hash, i));
    }
  }

  boolean mightContain(String key) {
    long hash = hash(key);
    for (int i = 0; i < PROBES; i++) {
      if (!bits.get(index(hash, i))) {
        return false;
      }
    }
    return true;
  }

  /** Double hashing: probe i is h1 + i * h2, from the two halves of one 64-bit hash. */
  private static int index(long hash, int probe) {
    int h1 = (int) hash;
    int h2 = (int) (hash >>> 32) | 1;
    return (h1 + probe * h2) & (BITS - 1);
  }

  /** 64-bit FNV-1a over the key's characters, then a final mix (splitmix64). */
  private static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
