using System.Threading.Channels;

namespace NQStream.PerfHarness.Ring;

/// <summary>
/// Bounded <see cref="Channel{T}"/> (capacity 65,536, FullMode = Wait, single reader/writer where the
/// topology allows), used idiomatically: TryWrite/TryRead fast paths, async waits when full or empty.
/// Multicast and diamond use one channel per edge; the pipeline chains three channels.
/// </summary>
public sealed class ChannelCandidate : QueueCandidate
{
    /// <inheritdoc />
    public override string Name => "channel-bounded";

    private static Channel<T> Create<T>(bool singleWriter = true) =>
        Channel.CreateBounded<T>(new BoundedChannelOptions(NQStreamRingCandidate.BufferSize)
        {
            SingleReader = true,
            SingleWriter = singleWriter,
            FullMode = BoundedChannelFullMode.Wait,
        });

    /// <inheritdoc />
    protected override long OneToOne(long n)
    {
        var channel = Create<long>();
        var consumer = Task.Run(() => Sum(channel.Reader));
        Task.Run(() => Produce(n, channel.Writer)).GetAwaiter().GetResult();
        return consumer.GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    protected override long Multicast(long n)
    {
        var channels = new[] { Create<long>(), Create<long>(), Create<long>() };
        var consumers = channels.Select(c => Task.Run(() => Sum(c.Reader))).ToArray();
        Task.Run(async () =>
        {
            for (long i = 0; i < n; i++)
            {
                foreach (var c in channels)
                {
                    if (!c.Writer.TryWrite(i))
                    {
                        await c.Writer.WriteAsync(i).ConfigureAwait(false);
                    }
                }
            }

            foreach (var c in channels)
            {
                c.Writer.Complete();
            }
        }).GetAwaiter().GetResult();
        return consumers.Sum(c => c.GetAwaiter().GetResult());
    }

    /// <inheritdoc />
    protected override long Pipeline(long n)
    {
        var first = Create<long>();
        var second = Create<long>();
        var third = Create<long>();
        var stage1 = Task.Run(() => Map(first.Reader, second.Writer, static v => v + 7));
        var stage2 = Task.Run(() => Map(second.Reader, third.Writer, static v => v * 3));
        var stage3 = Task.Run(() => Sum(third.Reader));
        Task.Run(() => Produce(n, first.Writer)).GetAwaiter().GetResult();
        Task.WaitAll(stage1, stage2);
        return stage3.GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    protected override long Diamond(long n)
    {
        var fizzIn = Create<long>();
        var buzzIn = Create<long>();
        var fizzOut = Create<bool>();
        var buzzOut = Create<bool>();
        var fizz = Task.Run(() => Map(fizzIn.Reader, fizzOut.Writer, static v => v % 3 == 0));
        var buzz = Task.Run(() => Map(buzzIn.Reader, buzzOut.Writer, static v => v % 5 == 0));
        var join = Task.Run(async () =>
        {
            long count = 0;
            while (await fizzOut.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (fizzOut.Reader.TryRead(out var f))
                {
                    if (!buzzOut.Reader.TryRead(out var b))
                    {
                        b = await buzzOut.Reader.ReadAsync().ConfigureAwait(false);
                    }

                    if (f && b)
                    {
                        count++;
                    }
                }
            }

            return count;
        });
        Task.Run(async () =>
        {
            for (long i = 0; i < n; i++)
            {
                if (!fizzIn.Writer.TryWrite(i))
                {
                    await fizzIn.Writer.WriteAsync(i).ConfigureAwait(false);
                }

                if (!buzzIn.Writer.TryWrite(i))
                {
                    await buzzIn.Writer.WriteAsync(i).ConfigureAwait(false);
                }
            }

            fizzIn.Writer.Complete();
            buzzIn.Writer.Complete();
        }).GetAwaiter().GetResult();
        Task.WaitAll(fizz, buzz);
        return join.GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    protected override long ThreeToOne(long n)
    {
        var channel = Create<long>(singleWriter: false);
        var consumer = Task.Run(() => Sum(channel.Reader));
        var producers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (long i = 0; i < n / 3; i++)
            {
                if (!channel.Writer.TryWrite(i))
                {
                    await channel.Writer.WriteAsync(i).ConfigureAwait(false);
                }
            }
        })).ToArray();
        Task.WaitAll(producers);
        channel.Writer.Complete();
        return consumer.GetAwaiter().GetResult();
    }

    private static async Task Produce(long n, ChannelWriter<long> writer)
    {
        for (long i = 0; i < n; i++)
        {
            if (!writer.TryWrite(i))
            {
                await writer.WriteAsync(i).ConfigureAwait(false);
            }
        }

        writer.Complete();
    }

    private static async Task<long> Sum(ChannelReader<long> reader)
    {
        long sum = 0;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var v))
            {
                sum += v;
            }
        }

        return sum;
    }

    private static async Task Map<TOut>(ChannelReader<long> reader, ChannelWriter<TOut> writer, Func<long, TOut> map)
    {
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var v))
            {
                var result = map(v);
                if (!writer.TryWrite(result))
                {
                    await writer.WriteAsync(result).ConfigureAwait(false);
                }
            }
        }

        writer.Complete();
    }
}
