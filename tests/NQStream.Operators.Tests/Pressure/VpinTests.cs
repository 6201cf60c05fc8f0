using FluentAssertions;
using NQStream.Operators.Pressure;
using Xunit;

namespace NQStream.Operators.Tests.Pressure;

public sealed class VpinTests
{
    [Fact]
    public void Buckets_split_trades_and_average_the_last_n()
    {
        var vpin = new Vpin(bucketVolume: 10, buckets: 2);
        var sink = new CollectingSink<VpinBucket>();

        vpin.OnTrade(1, +1, 6, ref sink);
        vpin.OnTrade(2, -1, 8, ref sink);     // 4 close bucket 0 (6 B / 4 S), 4 carried
        vpin.OnTrade(3, 0, 50, ref sink);     // unknown side: not bucketed
        vpin.Current.Should().BeNull();
        vpin.OnTrade(4, +1, 6, ref sink);     // bucket 1: 6 B / 4 S
        vpin.OnTrade(5, +1, 10, ref sink);    // bucket 2: 10 B
        vpin.OnVolume(6, 10, 0.75, ref sink); // bucket 3: 7.5 B / 2.5 S
        vpin.OnTrade(7, -1, 25, ref sink);    // buckets 4 and 5 all sell, 5 left open

        sink.Items.Select(b => (b.BucketIndex, b.TsClose, b.VBuy, b.VSell, b.Imbalance, b.Vpin)).Should().Equal(
            (0L, 2L, 6.0, 4.0, 0.2, (double?)null),
            (1L, 4L, 6.0, 4.0, 0.2, (double?)0.2),
            (2L, 5L, 10.0, 0.0, 1.0, (double?)0.6),
            (3L, 6L, 7.5, 2.5, 0.5, (double?)0.75),
            (4L, 7L, 0.0, 10.0, 1.0, (double?)0.75),
            (5L, 7L, 0.0, 10.0, 1.0, (double?)1.0));
        (vpin.Buckets, vpin.OpenVolume, vpin.Current).Should().Be((6L, 5.0, (double?)1.0));
    }

    [Fact]
    public void A_bucket_closes_within_the_tolerance()
    {
        var vpin = new Vpin(bucketVolume: 0.3, buckets: 1);
        var sink = new CollectingSink<VpinBucket>();

        vpin.OnVolume(1, 0.1, 1, ref sink);
        vpin.OnVolume(2, 0.1, 1, ref sink);
        vpin.OnVolume(3, 0.1, 1, ref sink);   // 0.1 + 0.1 + 0.1 < 0.3 in binary floating point

        sink.Items.Should().ContainSingle().Which.Imbalance.Should().BeApproximately(1.0, 1e-12);
    }

    [Fact]
    public void Bucket_volume_must_be_positive()
    {
        var act = () => new Vpin(0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
