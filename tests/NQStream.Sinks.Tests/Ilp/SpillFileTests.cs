using FluentAssertions;
using NQStream.Sinks.Ilp.Spill;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

public sealed class SpillFileTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("spill");

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Delivered_offset_survives_reopen_and_a_torn_tail_is_cut()
    {
        using (var spill = new SpillFile(_dir))
        {
            spill.Append("a", "a x=1i 1\n"u8);
            spill.Append("b", "b x=2i 2\n"u8);
            spill.Append("c", "c x=3i 3\n"u8);
            var pending = spill.ReadPending();
            pending.Select(r => r.Table).Should().Equal("a", "b", "c");
            spill.MarkDelivered(pending[0].End);
        }

        // A crash mid-append leaves half a record: it must be ignored and removed.
        using (var f = new FileStream(Path.Combine(_dir, "ilp-spill.log"), FileMode.Append))
        {
            f.Write("NQS1\x20\0\0"u8);
        }

        using (var spill = new SpillFile(_dir))
        {
            var pending = spill.ReadPending();
            pending.Select(r => System.Text.Encoding.UTF8.GetString(r.Payload)).Should().Equal("b x=2i 2\n", "c x=3i 3\n");
            spill.MarkDelivered(pending[^1].End);
            spill.HasPending.Should().BeFalse();
        }

        new FileInfo(Path.Combine(_dir, "ilp-spill.log")).Length.Should().Be(0);
    }

    [Fact]
    public void A_corrupted_record_stops_replay_at_the_last_good_one()
    {
        long firstEnd;
        using (var spill = new SpillFile(_dir))
        {
            spill.Append("a", "a x=1i 1\n"u8);
            spill.Append("b", "b x=2i 2\n"u8);
            firstEnd = spill.ReadPending()[0].End;
        }

        var path = Path.Combine(_dir, "ilp-spill.log");
        var bytes = File.ReadAllBytes(path);
        bytes[^2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        using (var spill = new SpillFile(_dir))
        {
            spill.ReadPending().Should().ContainSingle().Which.End.Should().Be(firstEnd);
        }
    }
}
