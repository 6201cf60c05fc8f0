using NQStream.TestSupport;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// A fact that needs external programs (promtool, prometheus, amtool, python3 with prometheus_client,
/// node with tests/peers/grafana installed, docker-compose). Outside CI a missing one skips the test
/// with a message naming it; under <c>CI=true</c> the test runs and fails instead (.ci/install provides them).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PeerFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute for the named peers (see <see cref="Peers"/>).</summary>
    public PeerFactAttribute(params string[] peers)
    {
        string? missing = Peers.FirstMissing(peers);
        if (missing is not null && !SharedData.IsCi)
        {
            Skip = $"{missing} not installed (bash .ci/install provides it); skipped outside CI";
        }
    }
}
