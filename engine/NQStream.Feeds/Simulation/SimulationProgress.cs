namespace NQStream.Feeds.Simulation;

/// <summary>Progress of a run: the trade date being simulated and the MBO records written so far.</summary>
/// <param name="Day">0-based index of the current day.</param>
/// <param name="Days">Days in the run.</param>
/// <param name="TradeDate">The current trade date.</param>
/// <param name="DayRecords">MBO records written for the current day.</param>
/// <param name="TotalRecords">MBO records written in the run.</param>
/// <param name="DayDone">Whether the current day's files are complete.</param>
public readonly record struct SimulationProgress(int Day, int Days, DateOnly TradeDate, long DayRecords, long TotalRecords, bool DayDone);
