using System.Reactive.Linq;
using System.Reactive.Subjects;

namespace NQStream.PerfHarness.Ring;

/// <summary>
/// An Rx <see cref="Subject{T}"/>. Rx pushes synchronously on the producer's thread: there is no
/// hand-off between threads and no buffer, so this measures dispatch cost, not a queue. Multicast has
/// three subscribers; the pipeline chains Select; the diamond zips two Selects; 3p1c serialises the
/// three producers with Subject.Synchronize (the Rx grammar forbids concurrent OnNext).
/// </summary>
public sealed class RxSubjectCandidate : IRingCandidate
{
    /// <inheritdoc />
    public string Name => "rx-subject";

    /// <inheritdoc />
    public string? Unavailable => null;

    /// <inheritdoc />
    public RunResult Run(Topology topology, long events, string waitStrategy)
    {
        var n = Topologies.EffectiveEvents(topology, events);
        using var subject = new Subject<long>();
        var sums = new long[3];
        var subscriptions = new List<IDisposable>();
        switch (topology)
        {
            case Topology.Multicast:
                subscriptions.Add(subject.Subscribe(v => sums[0] += v));
                subscriptions.Add(subject.Subscribe(v => sums[1] += v));
                subscriptions.Add(subject.Subscribe(v => sums[2] += v));
                break;
            case Topology.Pipeline:
                subscriptions.Add(subject.Select(v => v + 7).Select(v => v * 3).Subscribe(v => sums[0] += v));
                break;
            case Topology.Diamond:
                subscriptions.Add(subject.Select(v => v % 3 == 0).Zip(subject.Select(v => v % 5 == 0), (f, b) => f && b)
                    .Subscribe(both => sums[0] += both ? 1 : 0));
                break;
            default:
                subscriptions.Add(subject.Subscribe(v => sums[0] += v));
                break;
        }

        var measure = new RunMeasure();
        if (topology == Topology.ThreeToOne)
        {
            var synchronized = Subject.Synchronize(subject);
            var threads = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
            {
                for (long i = 0; i < n / 3; i++)
                {
                    synchronized.OnNext(i);
                }
            })).ToArray();
            Array.ForEach(threads, t => t.Start());
            Array.ForEach(threads, t => t.Join());
        }
        else
        {
            for (long i = 0; i < n; i++)
            {
                subject.OnNext(i);
            }
        }

        subject.OnCompleted();
        var result = measure.Stop(n, sums.Sum());
        subscriptions.ForEach(s => s.Dispose());
        return result;
    }
}
