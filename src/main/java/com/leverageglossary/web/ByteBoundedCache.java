package com.leverageglossary.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A cache whose size is the bytes it holds, not a count of entries (Caffeine with a weigher, so eviction
 * follows frequency and recency within the budget). An answer larger than {@code maxEntryBytes} is
 * computed and sent but never kept, so a few huge answers cannot push out many small ones.
 */
final class ByteBoundedCache<V> {
    /** Bookkeeping per entry beyond the value's bytes: the key string, Caffeine's node and the value's object headers. */
    private static final int ENTRY_OVERHEAD_BYTES = 160;

    private final Cache<String, V> cache;
    private final ToIntFunction<V> valueBytes;
    private final long maxEntryBytes;

    ByteBoundedCache(long budgetBytes, long maxEntryBytes, ToIntFunction<V> valueBytes) {
        this.valueBytes = valueBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(budgetBytes)
                .weigher((String key, V value) -> weight(key, value))
                // Maintenance runs on the calling thread: no pool threads, and a replaced cache holds no work.
                .executor(Runnable::run)
                .build();
    }

    /** The value under {@code key}, computing it on a miss; concurrent misses may compute twice, never block each other. */
    V get(String key, Supplier<V> compute) {
        V value = cache.getIfPresent(key);
        if (value == null) {
            value = compute.get();
            if (weight(key, value) <= maxEntryBytes) {
                cache.put(key, value);
            }
        }
        return value;
    }

    /** The value under {@code key}, or null; never computes. */
    V peek(String key) {
        return cache.getIfPresent(key);
    }


    private int weight(String key, V value) {
        return ENTRY_OVERHEAD_BYTES + 2 * key.length() + valueBytes.applyAsInt(value);
    }
}
