package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void should_refuse_a_client_past_its_requests_a_minute_and_say_how_long_to_wait() {
        RateLimiter limiter = new RateLimiter(3);
        for (int i = 0; i < 3; i++) assertEquals(0, limiter.secondsToWait("10.0.0.1"));
        long wait = limiter.secondsToWait("10.0.0.1");
        assertTrue(wait >= 1 && wait <= 20, "a token comes back every 20 s: " + wait);
        assertEquals(0, limiter.secondsToWait("10.0.0.2"), "another client has its own bucket");
    }

    /** A host is given a /64: rotating addresses within it (or writing one address two ways) buys no more requests. */
    @Test
    void should_count_an_ipv6_client_by_its_64_bit_prefix() {
        RateLimiter limiter = new RateLimiter(2);
        assertEquals(0, limiter.secondsToWait("2001:db8:1:2::7"));
        assertEquals(0, limiter.secondsToWait("[2001:0db8:0001:0002:ffff:0:0:9]"));
        assertTrue(limiter.secondsToWait("2001:db8:1:2:abcd::1") > 0, "the third request of one /64");
        assertEquals(0, limiter.secondsToWait("2001:db8:1:3::7"), "the next /64 is another client");
        assertEquals("2001:db8:1:2:0:0:0:0", RateLimiter.client("2001:db8:1:2::7"));
        assertEquals("10.1.2.3", RateLimiter.client("10.1.2.3"));
        assertEquals("10.1.2.3", RateLimiter.client("::ffff:10.1.2.3"), "an IPv4-mapped address is its IPv4 client");
        assertEquals("not an address", RateLimiter.client("not an address"));
        assertEquals(".:", RateLimiter.client(".:"), "no literal address: never looked up as a name");
    }

    /** Many one-off clients (addresses churning) cost bounded memory, and the client seen last keeps its spent bucket. */
    @Test
    void should_bound_the_clients_kept_and_keep_the_latest_clients_bucket() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(1, now::get);
        for (int i = 0; i <= RateLimiter.MAX_CLIENTS; i++) {
            now.addAndGet(1_000); // a microsecond apart: the later clients are the less idle ones
            limiter.secondsToWait("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertEquals(0, limiter.secondsToWait("10.200.0.1"));
        assertTrue(limiter.clients() <= RateLimiter.MAX_CLIENTS / 2 + 2, "the longer idle half is dropped: " + limiter.clients());
        now.addAndGet(1_100_000_000L); // past the sweep's second, not the bucket's minute
        assertTrue(limiter.secondsToWait("10.200.0.1") > 0, "its spent bucket is kept: clearing all would let it in");
        now.addAndGet(61_000_000_000L);
        assertEquals(0, limiter.secondsToWait("10.200.0.1"), "a minute on, its bucket is full again");
    }
}
