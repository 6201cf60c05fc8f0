using FsCheck;
using FsCheck.Fluent;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

/// <summary>§5.4 validation property: within a bucket, R (and the class) never decreases, whatever the trade sizes.</summary>
public sealed class VolumeRatioPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure
        .WithMaxTest(300)
        .WithReplay(0xBA5E_0001UL, 0x9E37_79B9_7F4A_7C15UL)
        .WithQuietOnSuccess(true);

    [Fact]
    public void Ratio_and_class_never_decrease_within_a_bucket()
    {
        var cases =
            from median in Gen.Choose(0, 400)
            from sizes in Gen.ArrayOf(Gen.Choose(1, 300))
            select (median, sizes);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var values = new (long, int)[12];
            Array.Fill(values, (c.median * 2L, c.median == 0 ? 0 : 2));
            var history = History(Cell31, new DateOnly(2026, 10, 1), values);
            var today = Weekdays(history.Days[^1].TradeDate.AddDays(1), 1)[0];
            var op = new VolumeRatio(history, Opts(minHistoryDays: 10));
            var ratio = 0.0;
            var cls = RatioClass.None;
            for (var i = 0; i < c.sizes.Length; i++)
            {
                if (!op.OnTrade(Ts(today, 31, i), 7, (uint)c.sizes[i], Cell31, out var r) || r.Ratio is not { } now || now < ratio || r.Class < cls)
                {
                    return false;
                }

                ratio = now;
                cls = r.Class;
            }

            return true;
        }).Check(Config);
    }
}
