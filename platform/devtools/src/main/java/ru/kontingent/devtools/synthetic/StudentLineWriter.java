package ru.kontingent.devtools.synthetic;

import java.io.IOException;

/** Writes students one line each to a stream it does not own; nothing is kept between lines. */
public interface StudentLineWriter {

    /** Whatever comes before the first student (the CSV header). */
    void begin() throws IOException;

    void write(StudentRecord student) throws IOException;
}
