using Xunit;

namespace NQStream.TestSupport;

/// <summary>A fact that needs the Node.js peer: skipped when absent, failing under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodePeerFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute and sets <see cref="FactAttribute.Skip"/> when the peer is missing.</summary>
    public NodePeerFactAttribute() => Skip = Peers.NodeSkipReason!;
}
