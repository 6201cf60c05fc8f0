using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

/// <summary>The test classes that share one simulated run.</summary>
[CollectionDefinition(Name)]
public sealed class SimulationCollection : ICollectionFixture<SimulatedMarket>
{
    public const string Name = "simulated market";
}
