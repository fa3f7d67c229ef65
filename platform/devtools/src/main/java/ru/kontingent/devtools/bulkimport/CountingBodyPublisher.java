package ru.kontingent.devtools.bulkimport;

import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.LongAdder;

/** Passes another publisher's buffers through, counting the bytes handed to the HTTP client. */
final class CountingBodyPublisher implements BodyPublisher {

    private final BodyPublisher delegate;
    private final LongAdder sent;

    CountingBodyPublisher(BodyPublisher delegate, LongAdder sent) {
        this.delegate = delegate;
        this.sent = sent;
    }

    @Override
    public long contentLength() {
        return delegate.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        delegate.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                sent.add(item.remaining());
                subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }
}
