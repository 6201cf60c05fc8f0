// LMAX Disruptor 3.4.4 peer of `nqstream perf ring`. Compiled and run by NQStream.PerfHarness
// (JavaPeerCandidate): javac -d perf/java/build -cp /usr/share/java/disruptor.jar perf/java/RingPerf.java
// Usage: java -cp build:disruptor.jar RingPerf <topology> <events> <wait> <warmupEvents>
// Prints: RESULT events=<n> seconds=<s> checksum=<c>
// Same shapes and checksums as the C# candidates: values 0..n-1; 1p1c/3p1c sum; multicast the three sums
// added; pipeline sum of 3(v+7); diamond FizzBuzz count (multiples of 15).
import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import java.util.ArrayList;
import java.util.List;

public final class RingPerf {
    static final int BUFFER_SIZE = 1 << 16;

    static final class PerfEvent {
        long value;
        long a;
        long b;
    }

    static final class Sum implements EventHandler<PerfEvent> {
        long sum;
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { sum += e.value; }
    }

    static final class AddSeven implements EventHandler<PerfEvent> {
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { e.a = e.value + 7; }
    }

    static final class Triple implements EventHandler<PerfEvent> {
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { e.b = e.a * 3; }
    }

    static final class SumB implements EventHandler<PerfEvent> {
        long sum;
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { sum += e.b; }
    }

    static final class Fizz implements EventHandler<PerfEvent> {
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { e.a = e.value % 3 == 0 ? 1 : 0; }
    }

    static final class Buzz implements EventHandler<PerfEvent> {
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { e.b = e.value % 5 == 0 ? 1 : 0; }
    }

    static final class FizzBuzz implements EventHandler<PerfEvent> {
        long count;
        public void onEvent(PerfEvent e, long sequence, boolean endOfBatch) { if ((e.a & e.b) == 1) count++; }
    }

    static WaitStrategy wait(String name) {
        switch (name) {
            case "busy-spin": return new BusySpinWaitStrategy();
            case "yielding": return new YieldingWaitStrategy();
            case "sleeping": return new SleepingWaitStrategy();
            case "blocking": return new BlockingWaitStrategy();
            default: throw new IllegalArgumentException("unknown wait strategy " + name);
        }
    }

    static long effective(String topology, long events) {
        return topology.equals("3p1c") ? events / 3 * 3 : events;
    }

    /** Runs one measured pass; returns {nanos, checksum}. */
    static long[] run(String topology, long events, String waitName) throws Exception {
        final long n = effective(topology, events);
        final boolean multi = topology.equals("3p1c");
        final RingBuffer<PerfEvent> ring = multi
            ? RingBuffer.createMultiProducer(PerfEvent::new, BUFFER_SIZE, wait(waitName))
            : RingBuffer.createSingleProducer(PerfEvent::new, BUFFER_SIZE, wait(waitName));
        List<BatchEventProcessor<PerfEvent>> all = new ArrayList<>();
        List<BatchEventProcessor<PerfEvent>> sinks = new ArrayList<>();
        List<EventHandler<PerfEvent>> sinkHandlers = new ArrayList<>();
        SequenceBarrier root = ring.newBarrier();
        switch (topology) {
            case "1p3c-multicast": {
                for (int i = 0; i < 3; i++) {
                    Sum h = new Sum();
                    BatchEventProcessor<PerfEvent> p = new BatchEventProcessor<>(ring, root, h);
                    all.add(p); sinks.add(p); sinkHandlers.add(h);
                }
                break;
            }
            case "3-stage-pipeline": {
                BatchEventProcessor<PerfEvent> s1 = new BatchEventProcessor<>(ring, root, new AddSeven());
                BatchEventProcessor<PerfEvent> s2 = new BatchEventProcessor<>(ring, ring.newBarrier(s1.getSequence()), new Triple());
                SumB h = new SumB();
                BatchEventProcessor<PerfEvent> s3 = new BatchEventProcessor<>(ring, ring.newBarrier(s2.getSequence()), h);
                all.add(s1); all.add(s2); all.add(s3); sinks.add(s3); sinkHandlers.add(h);
                break;
            }
            case "diamond": {
                BatchEventProcessor<PerfEvent> fizz = new BatchEventProcessor<>(ring, root, new Fizz());
                BatchEventProcessor<PerfEvent> buzz = new BatchEventProcessor<>(ring, root, new Buzz());
                FizzBuzz h = new FizzBuzz();
                BatchEventProcessor<PerfEvent> join = new BatchEventProcessor<>(
                    ring, ring.newBarrier(fizz.getSequence(), buzz.getSequence()), h);
                all.add(fizz); all.add(buzz); all.add(join); sinks.add(join); sinkHandlers.add(h);
                break;
            }
            case "1p1c":
            case "3p1c": {
                Sum h = new Sum();
                BatchEventProcessor<PerfEvent> p = new BatchEventProcessor<>(ring, root, h);
                all.add(p); sinks.add(p); sinkHandlers.add(h);
                break;
            }
            default:
                throw new IllegalArgumentException("unknown topology " + topology);
        }
        Sequence[] gating = new Sequence[sinks.size()];
        for (int i = 0; i < gating.length; i++) gating[i] = sinks.get(i).getSequence();
        ring.addGatingSequences(gating);
        List<Thread> threads = new ArrayList<>();
        for (BatchEventProcessor<PerfEvent> p : all) {
            Thread t = new Thread(p);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (BatchEventProcessor<PerfEvent> p : all) {
            while (!p.isRunning()) Thread.yield();
        }

        long start = System.nanoTime();
        if (multi) {
            final long perProducer = n / 3;
            Thread[] producers = new Thread[3];
            for (int k = 0; k < 3; k++) {
                producers[k] = new Thread(() -> publish(ring, perProducer));
                producers[k].start();
            }
            for (Thread t : producers) t.join();
        } else {
            publish(ring, n);
        }
        for (BatchEventProcessor<PerfEvent> p : sinks) {
            while (p.getSequence().get() < n - 1) Thread.onSpinWait();
        }
        long nanos = System.nanoTime() - start;

        for (BatchEventProcessor<PerfEvent> p : all) p.halt();
        for (Thread t : threads) t.join();
        long checksum = 0;
        for (EventHandler<PerfEvent> h : sinkHandlers) {
            if (h instanceof Sum) checksum += ((Sum) h).sum;
            else if (h instanceof SumB) checksum += ((SumB) h).sum;
            else checksum += ((FizzBuzz) h).count;
        }
        return new long[] {nanos, checksum};
    }

    static void publish(RingBuffer<PerfEvent> ring, long n) {
        for (long i = 0; i < n; i++) {
            long sequence = ring.next();
            ring.get(sequence).value = i;
            ring.publish(sequence);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: RingPerf <topology> <events> <wait> <warmupEvents>");
            System.exit(2);
        }
        String topology = args[0];
        long events = Long.parseLong(args[1]);
        String waitName = args[2];
        long warmup = Long.parseLong(args[3]);
        if (warmup > 0) run(topology, warmup, waitName);
        long[] r = run(topology, events, waitName);
        System.out.printf(java.util.Locale.ROOT, "RESULT events=%d seconds=%.9f checksum=%d%n",
            effective(topology, events), r[0] / 1e9, r[1]);
    }
}
