namespace NQStream.Feeds.Simulation;

/// <summary>Kinds of timed actions in the day loop's queue.</summary>
internal enum ScheduledKind : byte
{
    Refill,
    Expire,
    Script,
}

/// <summary>A timed action: a market maker's refill, an option's expiry, or the next step of an institutional script.</summary>
internal readonly record struct Scheduled(ScheduledKind Kind, int Slot, FlowScript? Script);
