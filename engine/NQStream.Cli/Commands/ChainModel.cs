using NQStream.Market.Instruments;

namespace NQStream.Cli.Commands;

/// <summary>What <c>chain show</c> loaded: the files, registry, statistics, chain and record counts.</summary>
internal sealed record ChainModel(string[] Files, InstrumentRegistry Registry, StatisticsBook Statistics, OptionChain Chain, LoadCounts Counts);
