namespace NQStream.Core.Ring;

/// <summary>Decides what to do when an operator throws; must record the fault (nothing is swallowed silently).</summary>
/// <typeparam name="T">The event type.</typeparam>
public interface IOperatorFaultHandler<T>
    where T : unmanaged
{
    /// <summary>Records the fault and returns the policy to apply. Called on the operator's thread.</summary>
    FaultPolicy OnFault(string operatorName, long sequence, in T evt, Exception exception);
}
