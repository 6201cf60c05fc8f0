using FluentAssertions;
using NQStream.Operators.Pipeline;
using Xunit;

namespace NQStream.Operators.Tests.Pipeline;

/// <summary>The pressure stage's queue of pending window ends: oldest window first, gated by the watermark.</summary>
public sealed class WindowDueQueueTests
{
    private const long W = 10;

    [Fact]
    public void Entries_come_out_oldest_window_first_and_only_once_the_watermark_passed_their_end()
    {
        var q = new WindowDueQueue(W);
        q.Enqueue(1, 30);
        q.Enqueue(2, 10);
        q.Enqueue(3, 20);
        q.Enqueue(4, 10);

        q.TryTake(9, out _).Should().BeFalse("no window has ended");
        Drain(q, 20).Should().Equal(4, 2, 3);
        q.TryTake(29, out _).Should().BeFalse();
        Drain(q, 30).Should().Equal(1);
        q.Count.Should().Be(0);
    }

    [Fact]
    public void An_old_window_sharing_a_ring_bucket_with_a_new_one_is_kept_and_drained_first()
    {
        var q = new WindowDueQueue(W);
        q.Enqueue(1, 10);
        q.Enqueue(2, 10 + (64 * W));   // same ring bucket, 64 windows later (e.g. the next session)
        q.Enqueue(3, 20 + (64 * W));

        q.Count.Should().Be(3);
        Drain(q, 20 + (64 * W)).Should().Equal(1, 2, 3);
    }

    private static List<int> Drain(WindowDueQueue q, long watermark)
    {
        var slots = new List<int>();
        while (q.TryTake(watermark, out var slot))
        {
            slots.Add(slot);
        }

        return slots;
    }
}
