using FluentAssertions;
using NQStream.Operators.Numerics;
using NQStream.Operators.Pressure;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pressure;

public sealed class BarsAndImbalanceTests
{
    [Fact]
    public void Volume_bars_exist_only_where_trades_are()
    {
        var bars = new VolumeBars(S(60));
        var sink = new CollectingSink<VolumeBar>();

        bars.OnTrade(S(1), Fx(10), 5, ref sink);
        bars.OnTrade(S(59), Fx(11), 2, ref sink);
        bars.OnTrade(S(130), Fx(9), 1, ref sink);
        bars.Flush(ref sink);

        sink.Items.Should().Equal(new VolumeBar(0, 7, Fx(11), 2), new VolumeBar(S(120), 1, Fx(9), 1));
    }

    [Fact]
    public void Bulk_volume_classification_is_phi_of_the_standardized_change()
    {
        BulkVolumeClassification.BuyFraction(null, 0.2).Should().Be(0.5);
        BulkVolumeClassification.BuyFraction(0.2, 0.2).Should().BeApproximately(0.8413447460685429, 1e-15);
        BulkVolumeClassification.BuyFraction(-0.392, 0.2).Should().BeApproximately(0.024997895148220435, 1e-15);
        var act = () => BulkVolumeClassification.BuyFraction(0.1, 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Aggressor_imbalance_of_80_buy_and_20_sell_is_0_6_and_only_unknown_is_null()
    {
        var ai = new AggressorImbalance(S(10));
        var sink = new CollectingSink<AggressorImbalanceWindow>();

        ai.OnEvent(S(1), +1, 50, 500, ref sink);
        ai.OnEvent(S(2), -1, 20, 200, ref sink);
        ai.OnEvent(S(3), +1, 30, 300, ref sink);
        ai.OnEvent(S(12), 0, 7, 70, ref sink);
        ai.AdvanceTo(S(20), ref sink);

        sink.Items.Should().Equal(
            new AggressorImbalanceWindow(0, S(10), 80, 20, 0, 0.6, 800, 200, 0.6, 3),
            new AggressorImbalanceWindow(S(10), S(20), 0, 0, 7, null, 0, 0, null, 1));
    }

    [Fact]
    public void Time_bins_of_the_operators_are_epoch_aligned_by_default()
    {
        new TimeBins(S(10)).IndexOf(S(1_340_285_400)).Should().Be(134_028_540);
    }
}
