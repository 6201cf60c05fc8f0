namespace NQStream.Core.Ring;

/// <summary>A consumer loop over a ring: runs on its own thread until halted.</summary>
public interface IEventProcessor
{
    /// <summary>The operator name.</summary>
    string Name { get; }

    /// <summary>The highest sequence this processor has finished with.</summary>
    Sequence Sequence { get; }

    /// <summary>True while <see cref="Run"/> is executing.</summary>
    bool IsRunning { get; }

    /// <summary>The processor's counters (events, busy time, faults).</summary>
    Metrics.OperatorCounters Counters { get; }

    /// <summary>The exception that halted this processor under <see cref="FaultPolicy.Halt"/>, if any.</summary>
    Exception? HaltedBy { get; }

    /// <summary>Raised on the processor thread when a fault's policy is <see cref="FaultPolicy.Halt"/>.</summary>
    event Action<IEventProcessor, Exception>? Halted;

    /// <summary>Runs the loop on the calling thread until <see cref="Halt"/>.</summary>
    void Run();

    /// <summary>Asks the loop to stop after the event in hand.</summary>
    void Halt();
}
