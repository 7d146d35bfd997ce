package dev.paperchat.server;

import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client address: {@code perMinute} requests a minute, refilled continuously. */
final class RateLimiter {
    private final double perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 when the client may go on (its request is counted), else the whole seconds until it may: Retry-After. */
    long secondsToWait(String client) {
        if (buckets.size() > 100_000) buckets.clear(); // bounded memory under address churn
        return buckets.computeIfAbsent(client, k -> new Bucket(perMinute)).take(perMinute);
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized long take(double perMinute) {
            long now = System.nanoTime();
            tokens = Math.min(perMinute, tokens + (now - last) / 60e9 * perMinute);
            last = now;
            if (tokens < 1) return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
            tokens--;
            return 0;
        }
    }
}
