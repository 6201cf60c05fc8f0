namespace NQStream.Feeds.Simulation;

/// <summary>What one simulated trade date produced.</summary>
internal sealed record DayResult(DateOnly TradeDate, MboCounters Counters, List<FlowLabel> Labels, int Futures, int Options, double FrontOpen, double FrontClose, double MaxQuietDelta, long[] RecordsPerInstrument);
