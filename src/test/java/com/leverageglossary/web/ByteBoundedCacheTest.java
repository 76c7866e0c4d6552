package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent misses for one key compute once; values over the entry limit are shared with waiters but not kept. */
class ByteBoundedCacheTest {
    private static final int WAITERS = 8;
    private final ExecutorService threads = Executors.newFixedThreadPool(WAITERS);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void concurrentMissesForOneKeyComputeOnceAndShareTheValue() throws Exception {
        ByteBoundedCache<String> cache = new ByteBoundedCache<>(1 << 20, 1 << 10, String::length, new Semaphore(WAITERS));
        AtomicInteger computed = new AtomicInteger();
        List<Future<String>> answers = askAtOnce(cache, "page", () -> {
            computed.incrementAndGet();
            return "rendered";
        });
        for (Future<String> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("rendered");
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.peek("page")).isEqualTo("rendered");
    }

    @Test
    void aValueOverTheEntryLimitIsSharedWithTheWaitersButNotKept() throws Exception {
        ByteBoundedCache<String> cache = new ByteBoundedCache<>(1 << 20, 1 << 10, String::length, new Semaphore(WAITERS));
        String large = "x".repeat(4096);
        AtomicInteger computed = new AtomicInteger();
        for (Future<String> answer : askAtOnce(cache, "sitemap", () -> {
            computed.incrementAndGet();
            return large;
        })) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(large);
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.peek("sitemap")).isNull();
        cache.get("sitemap", () -> large);
        assertThat(cache.peek("sitemap")).as("never kept").isNull();
    }

    @Test
    void everyWaiterGetsTheSameExceptionAndTheNextMissComputesAgain() throws Exception {
        ByteBoundedCache<String> cache = new ByteBoundedCache<>(1 << 20, 1 << 10, String::length, new Semaphore(WAITERS));
        for (Future<String> answer : askAtOnce(cache, "bad", () -> {
            throw new IllegalArgumentException("leverage must be positive");
        })) {
            assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasRootCauseMessage("leverage must be positive");
        }
        assertThat(cache.get("bad", () -> "fixed")).isEqualTo("fixed");
    }

    @Test
    void noMoreComputationsRunAtOnceThanThereArePermits() throws Exception {
        ByteBoundedCache<String> cache = new ByteBoundedCache<>(1 << 20, 1 << 10, String::length, new Semaphore(2));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < WAITERS; i++) {
            String key = "page-" + i;
            answers.add(threads.submit(() -> cache.get(key, () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return key;
            })));
        }
        for (int i = 0; i < WAITERS; i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("page-" + i);
        }
        assertThat(most).hasValue(2);
    }

    /** {@value #WAITERS} threads ask for {@code key} while its first computation is held until all of them have asked. */
    private List<Future<String>> askAtOnce(ByteBoundedCache<String> cache, String key, Supplier<String> compute) throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        answers.add(threads.submit(() -> cache.get(key, () -> {
            computing.countDown();
            await(release);
            return compute.get();
        })));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < WAITERS; i++) {
            answers.add(threads.submit(() -> cache.get(key, compute)));
        }
        // The waiters are blocked on the first computation; give them time to reach it before releasing it.
        Thread.sleep(200);
        release.countDown();
        return answers;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
