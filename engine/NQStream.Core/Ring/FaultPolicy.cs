namespace NQStream.Core.Ring;

/// <summary>What happens after an operator throws on an event (the fault is always logged and counted).</summary>
public enum FaultPolicy
{
    /// <summary>Skip the event for this operator and continue with the next one.</summary>
    Skip,

    /// <summary>Stop the whole graph; producers waiting for space get <see cref="RingHaltedException"/>.</summary>
    Halt,
}
