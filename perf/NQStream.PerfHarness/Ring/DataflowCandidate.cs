using System.Threading.Tasks.Dataflow;

namespace NQStream.PerfHarness.Ring;

/// <summary>
/// TPL Dataflow with bounded blocks (capacity 65,536): an <see cref="ActionBlock{TInput}"/> consumer fed
/// with Post (SendAsync when full). Multicast posts to three action blocks (a BroadcastBlock would drop
/// under load); the pipeline links two transform blocks; the diamond joins two transforms with a JoinBlock.
/// </summary>
public sealed class DataflowCandidate : QueueCandidate
{
    /// <inheritdoc />
    public override string Name => "dataflow-actionblock";

    private static ExecutionDataflowBlockOptions Bounded(bool singleProducer = true) =>
        new() { BoundedCapacity = NQStreamRingCandidate.BufferSize, SingleProducerConstrained = singleProducer };

    /// <inheritdoc />
    protected override long OneToOne(long n)
    {
        long sum = 0;
        var block = new ActionBlock<long>(v => sum += v, Bounded());
        Produce(n, block).GetAwaiter().GetResult();
        block.Complete();
        block.Completion.GetAwaiter().GetResult();
        return sum;
    }

    /// <inheritdoc />
    protected override long Multicast(long n)
    {
        var sums = new long[3];
        var blocks = Enumerable.Range(0, 3).Select(k => new ActionBlock<long>(v => sums[k] += v, Bounded())).ToArray();
        Task.Run(async () =>
        {
            for (long i = 0; i < n; i++)
            {
                foreach (var block in blocks)
                {
                    if (!block.Post(i))
                    {
                        await block.SendAsync(i).ConfigureAwait(false);
                    }
                }
            }
        }).GetAwaiter().GetResult();
        foreach (var block in blocks)
        {
            block.Complete();
            block.Completion.GetAwaiter().GetResult();
        }

        return sums.Sum();
    }

    /// <inheritdoc />
    protected override long Pipeline(long n)
    {
        long sum = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var stage1 = new TransformBlock<long, long>(v => v + 7, Bounded());
        var stage2 = new TransformBlock<long, long>(v => v * 3, Bounded());
        var stage3 = new ActionBlock<long>(v => sum += v, Bounded());
        stage1.LinkTo(stage2, link);
        stage2.LinkTo(stage3, link);
        Produce(n, stage1).GetAwaiter().GetResult();
        stage1.Complete();
        stage3.Completion.GetAwaiter().GetResult();
        return sum;
    }

    /// <inheritdoc />
    protected override long Diamond(long n)
    {
        long count = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var fizz = new TransformBlock<long, bool>(v => v % 3 == 0, Bounded());
        var buzz = new TransformBlock<long, bool>(v => v % 5 == 0, Bounded());
        var join = new JoinBlock<bool, bool>(new GroupingDataflowBlockOptions { BoundedCapacity = NQStreamRingCandidate.BufferSize });
        var sink = new ActionBlock<Tuple<bool, bool>>(t => count += t.Item1 && t.Item2 ? 1 : 0, Bounded());
        fizz.LinkTo(join.Target1, link);
        buzz.LinkTo(join.Target2, link);
        join.LinkTo(sink, link);
        Task.Run(async () =>
        {
            for (long i = 0; i < n; i++)
            {
                if (!fizz.Post(i))
                {
                    await fizz.SendAsync(i).ConfigureAwait(false);
                }

                if (!buzz.Post(i))
                {
                    await buzz.SendAsync(i).ConfigureAwait(false);
                }
            }
        }).GetAwaiter().GetResult();
        fizz.Complete();
        buzz.Complete();
        sink.Completion.GetAwaiter().GetResult();
        return count;
    }

    /// <inheritdoc />
    protected override long ThreeToOne(long n)
    {
        long sum = 0;
        var block = new ActionBlock<long>(v => sum += v, Bounded(singleProducer: false));
        var producers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => Produce(n / 3, block))).ToArray();
        Task.WaitAll(producers);
        block.Complete();
        block.Completion.GetAwaiter().GetResult();
        return sum;
    }

    private static async Task Produce(long n, ITargetBlock<long> target)
    {
        for (long i = 0; i < n; i++)
        {
            if (!target.Post(i))
            {
                await target.SendAsync(i).ConfigureAwait(false);
            }
        }
    }
}
