package com.leverageglossary.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A cache whose size is the bytes it holds, not a count of entries (Caffeine with a weigher, so eviction
 * follows frequency and recency within the budget). An answer larger than {@code maxEntryBytes} is
 * computed and sent but never kept, so a few huge answers cannot push out many small ones.
 *
 * <p>Concurrent misses for one key compute once: the others wait for that value. A burst of requests for a
 * large page would otherwise render it once per request at the same time, and the copies together can exhaust
 * the heap. (Caffeine's own {@code get(key, function)} coalesces too, but it computes while holding a lock on
 * a bin of the map and always keeps the value, however large.)
 *
 * <p>Computing (rendering a page, working out an answer) holds one of a few permits shared by the caches. The
 * work is CPU-bound, so more of it at once than there are cores adds no throughput, only the memory that each
 * computation holds: 128 concurrent misses for different entry pages exhausted a 128 MB heap without this.
 */
final class ByteBoundedCache<V> {
    /** Bookkeeping per entry beyond the value's bytes: the key string, Caffeine's node and the value's object headers. */
    private static final int ENTRY_OVERHEAD_BYTES = 160;

    private final Cache<String, V> cache;
    private final ToIntFunction<V> valueBytes;
    private final long maxEntryBytes;
    private final Semaphore computePermits;
    /** Keys being computed now, with the value each will have. */
    private final ConcurrentHashMap<String, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    ByteBoundedCache(long budgetBytes, long maxEntryBytes, ToIntFunction<V> valueBytes, Semaphore computePermits) {
        this.valueBytes = valueBytes;
        this.computePermits = computePermits;
        this.maxEntryBytes = maxEntryBytes;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(budgetBytes)
                .weigher((String key, V value) -> weight(key, value))
                // Maintenance runs on the calling thread: no pool threads, and a replaced cache holds no work.
                .executor(Runnable::run)
                .build();
    }

    /** The value under {@code key}, computing it on a miss; a miss while another thread computes it waits for that value. */
    V get(String key, Supplier<V> compute) {
        V value = cache.getIfPresent(key);
        if (value != null) {
            return value;
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return valueOf(running);
        }
        try {
            value = computeWithPermit(compute);
            if (weight(key, value) <= maxEntryBytes) {
                cache.put(key, value);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private V computeWithPermit(Supplier<V> compute) {
        computePermits.acquireUninterruptibly();
        try {
            return compute.get();
        } finally {
            computePermits.release();
        }
    }

    /** What another thread computed, or the exception it threw (a 400 for bad input stays a 400). */
    private static <V> V valueOf(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The value under {@code key}, or null; never computes. */
    V peek(String key) {
        return cache.getIfPresent(key);
    }


    private int weight(String key, V value) {
        return ENTRY_OVERHEAD_BYTES + 2 * key.length() + valueBytes.applyAsInt(value);
    }
}
