package ru.kontingent.devtools.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void jobLineShowsBarPercentCountersAndRate() {
        assertEquals("[##########..........]  52%  lines 520000/1000000  accepted 519000  rejected 12  unchanged 0"
                + "  8,500 lines/s", ProgressBar.job(520_000, 1_000_000, 519_000, 12, 0, 520_000 / 8_500.0));
        assertEquals("[....................]   0%  lines 0/1000  accepted 0  rejected 0  unchanged 0  - lines/s",
                ProgressBar.job(0, 1000, 0, 0, 0, 0));
        assertEquals("[####################] 100%  lines 1000/1000  accepted 990  rejected 5  unchanged 5"
                + "  1,000 lines/s", ProgressBar.job(1000, 1000, 990, 5, 5, 1.0));
    }

    @Test
    void percentRoundsDownAndIsCapped() {
        assertEquals(99, ProgressBar.percent(999_999, 1_000_000), "100 % only when done");
        assertEquals(100, ProgressBar.percent(1_000_001, 1_000_000), "a server counting the CSV header");
        assertEquals(0, ProgressBar.percent(5, 0), "an empty file");
        assertEquals("[#...................]", ProgressBar.bar(5));
        assertEquals("[#########...........]", ProgressBar.bar(49));
    }

    @Test
    void uploadLineShowsSizesThenWaits() {
        assertEquals("uploading [#####...............]  25%  256.0 MiB/1.00 GiB  128.0 MiB/s",
                ProgressBar.upload(256L << 20, 1L << 30, 2.0));
        assertEquals("uploaded 1.00 GiB, waiting for the server's answer  9 s",
                ProgressBar.upload(1L << 30, 1L << 30, 9.2));
        assertEquals("0.5 KiB", ProgressBar.size(512));
    }
}
