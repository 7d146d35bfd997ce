package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndexExceptionTest {
    /** Java says only which file was denied; the user is told why the index cannot be written. */
    @Test
    void should_say_that_permission_was_denied() {
        IndexException e = IndexException.of("cannot write to", Path.of("/data/idx"), new AccessDeniedException("/data/idx/write.lock"));
        assertEquals("cannot write to index /data/idx: permission denied on /data/idx/write.lock (this user may read the index, but not write it)",
                e.getMessage());
    }
}
