package ru.kontingent.platform.json;

import ru.kontingent.platform.problem.PayloadTooLargeException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with 413 as soon as more than the limit has been read. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long consumed;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        consumed += n;
        if (consumed > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }
}
