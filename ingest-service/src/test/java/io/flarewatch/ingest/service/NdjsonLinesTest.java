package io.flarewatch.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a batch body line by line, and the memory budget of the batches read at once. */
class NdjsonLinesTest {

    @Test
    void linesEndWithNewlineOrCrLfAndTheLastNeedsNoEnd() throws Exception {
        NdjsonLines lines = lines("Żabka\r\n\nInPost".getBytes(StandardCharsets.UTF_8));
        assertEquals("Żabka", lines.next());
        assertEquals("", lines.next());
        assertEquals("InPost", lines.next());
        assertNull(lines.next());
    }

    @Test
    void aLineThatIsNotUtf8FailsAloneAfterTheLinesBeforeIt() throws Exception {
        NdjsonLines lines = lines(new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n', 'n', 'e', 'x', 't'});
        assertEquals("ok", lines.next());
        assertThrows(CharacterCodingException.class, lines::next);
    }

    @Test
    void theBudgetTakesReservationsUntilFullAndTakesAgainOnceOneIsReleased() {
        BatchMemoryBudget budget = new BatchMemoryBudget(3 * 1024 * 1024);
        long first = budget.tryReserve(2 * 1024 * 1024);
        assertEquals(2048, first, "2 MB in kilobytes");
        assertEquals(-1, budget.tryReserve(1024 * 1024 + 1), "1 MB and a byte do not fit in the 1 MB left");
        long second = budget.tryReserve(1024 * 1024);
        assertEquals(1024, second);
        budget.release(first);
        assertEquals(1024 * 1024, budget.reservedBytes());
        assertEquals(1, budget.tryReserve(10), "a tiny body still reserves a kilobyte");
    }

    private static NdjsonLines lines(byte[] bytes) {
        return new NdjsonLines(new ByteArrayInputStream(bytes));
    }
}
