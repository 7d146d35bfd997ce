package dev.paperchat.server;

import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client address: {@code perMinute} requests a minute, refilled continuously. */
final class RateLimiter {
    private final double perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean allow(String client) {
        if (buckets.size() > 100_000) buckets.clear(); // bounded memory under address churn
        return buckets.computeIfAbsent(client, k -> new Bucket(perMinute)).take(perMinute);
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized boolean take(double perMinute) {
            long now = System.nanoTime();
            tokens = Math.min(perMinute, tokens + (now - last) / 60e9 * perMinute);
            last = now;
            if (tokens < 1) return false;
            tokens--;
            return true;
        }
    }
}
