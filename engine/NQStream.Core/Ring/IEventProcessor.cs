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

    /// <summary>Runs the loop on the calling thread until <see cref="Halt"/>.</summary>
    void Run();

    /// <summary>Asks the loop to stop after the event in hand.</summary>
    void Halt();
}
