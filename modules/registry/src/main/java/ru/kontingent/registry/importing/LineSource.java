package ru.kontingent.registry.importing;

import java.io.Closeable;
import java.util.Iterator;

/** Lines of an upload, read one at a time: memory stays flat whatever the file size. */
interface LineSource extends Iterator<SourceLine>, Closeable {
}
