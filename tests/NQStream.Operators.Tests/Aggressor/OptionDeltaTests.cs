using FluentAssertions;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Aggressor;

public sealed class OptionDeltaTests
{
    private const long Ts = 1_790_000_000L * 1_000_000_000;
    private static readonly long Days30 = S(30 * 86_400);

    internal static Instrument Nq(InstrumentClass cls, double strike, long expirationNs) => new()
    {
        InstrumentId = cls == InstrumentClass.Call ? 11u : 12u,
        RawSymbol = cls == InstrumentClass.Call ? "NQZ6 C21000" : "NQZ6 P21000",
        Class = cls,
        Root = "NQ",
        StrikeRaw = Fx(strike),
        ExpirationNs = expirationNs,
        UnderlyingSymbol = "NQZ6",
        Multiplier = 20,
    };

    [Fact]
    public void Matches_the_NQ_ATM_30d_vectors()
    {
        var o = new Black76Options();

        OptionDelta.Compute(Nq(InstrumentClass.Call, 21000, Ts + Days30), 21000, 0.20, Ts, o).Should().BeApproximately(0.509548, 5e-7);
        OptionDelta.Compute(Nq(InstrumentClass.Put, 21000, Ts + Days30), 21000, 0.20, Ts, o).Should().BeApproximately(-0.486761, 5e-7);
    }

    [Fact]
    public void Is_null_without_F_or_IV_when_expired_and_for_futures()
    {
        var o = new Black76Options();
        var call = Nq(InstrumentClass.Call, 21000, Ts + Days30);

        OptionDelta.Compute(call, null, 0.2, Ts, o).Should().BeNull();
        OptionDelta.Compute(call, 21000, null, Ts, o).Should().BeNull();
        OptionDelta.Compute(call, 0, 0.2, Ts, o).Should().BeNull();
        OptionDelta.Compute(call, 21000, 0.2, Ts + Days30, o).Should().BeNull();
        OptionDelta.Compute(call with { Class = InstrumentClass.Future, StrikeRaw = long.MaxValue }, 21000, 0.2, Ts, o).Should().BeNull();
    }

    [Fact]
    public void Time_to_expiry_is_floored_at_t_min_greeks()
    {
        var o = new Black76Options();
        var call = Nq(InstrumentClass.Call, 21010, Ts + S(10));
        var expected = Black76.Compute(21000, 21010, 60.0 / (365 * 86_400), 0.045, 0.2, OptionType.Call).Delta;

        OptionDelta.Compute(call, 21000, 0.2, Ts, o).Should().Be(expected);
    }
}
