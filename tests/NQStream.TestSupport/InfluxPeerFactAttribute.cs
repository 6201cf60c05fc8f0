using Xunit;

namespace NQStream.TestSupport;

/// <summary>A fact that needs InfluxDB 1.6 (<c>influxd</c>): skipped when absent, failing under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InfluxPeerFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute and sets <see cref="FactAttribute.Skip"/> when the peer is missing.</summary>
    public InfluxPeerFactAttribute() => Skip = Peers.InfluxSkipReason!;
}
