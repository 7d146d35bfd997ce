package dev.paperchat.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute, refilled continuously. An IPv6 client is its /64, the
 * block one host is given, so rotating addresses within it buys no more requests.
 */
final class RateLimiter {
    /**
     * Past this many clients, buckets idle for a minute (full again, so as good as absent) are dropped, and if that is not
     * enough, the longer idle half: memory stays bounded under address churn, and a client that just spent its bucket keeps it.
     */
    static final int MAX_CLIENTS = 100_000;
    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** A sweep costs a pass over every bucket: at most one a second, not one a request. */
    private static final long SWEEP_NANOS = 1_000_000_000L;
    private final double perMinute;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime}: a test moves it on instead of sleeping */
    RateLimiter(int perMinute, LongSupplier clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.lastSweep = new AtomicLong(clock.getAsLong() - SWEEP_NANOS);
    }

    /** 0 when the client may go on (its request is counted), else the whole seconds until it may: Retry-After. */
    long secondsToWait(String address) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) sweep(now);
        return buckets.computeIfAbsent(client(address), k -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    /** Whole requests the client has left of its minute, this one counted: RateLimit-Remaining, for a loop to pace itself by. */
    int remaining(String address) {
        Bucket bucket = buckets.get(client(address));
        return bucket == null ? (int) perMinute : bucket.remaining();
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < SWEEP_NANOS || !lastSweep.compareAndSet(last, now)) return;
        buckets.values().removeIf(bucket -> bucket.idleSince(now) >= MINUTE_NANOS);
        if (buckets.size() <= MAX_CLIENTS) return;
        long[] idle = buckets.values().stream().mapToLong(bucket -> bucket.idleSince(now)).sorted().toArray();
        long median = idle[idle.length / 2];
        buckets.values().removeIf(bucket -> bucket.idleSince(now) > median);
    }

    int clients() {
        return buckets.size();
    }

    /** "2001:db8:1:2::7" counts as its /64, "2001:db8:1:2:0:0:0:0"; an IPv4 address (also IPv4-mapped) as itself. */
    static String client(String address) {
        // Only a literal is parsed: getByName would look a name up.
        if (address == null || !address.matches("\\[?[0-9A-Fa-f]*:[0-9A-Fa-f:.]*[0-9A-Fa-f][0-9A-Fa-f:.]*]?")) return address;
        try {
            InetAddress parsed = InetAddress.getByName(address.replaceAll("^\\[|]$", ""));
            if (!(parsed instanceof Inet6Address v6)) return parsed.getHostAddress();
            byte[] block = Arrays.copyOf(v6.getAddress(), 16);
            Arrays.fill(block, 8, 16, (byte) 0);
            return InetAddress.getByAddress(block).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(double perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) / 60e9 * perMinute);
            last = now;
            if (tokens < 1) return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
            tokens--;
            return 0;
        }

        synchronized int remaining() {
            return (int) Math.floor(tokens);
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
