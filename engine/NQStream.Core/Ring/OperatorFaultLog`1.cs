using System.Globalization;

namespace NQStream.Core.Ring;

/// <summary>
/// The default fault handler: writes one line per fault to a log writer, counts faults per operator,
/// keeps the most recent faults (event copy included), and applies a policy (a default plus per-operator
/// overrides). Thread-safe; only ever called on a failure path.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
public sealed class OperatorFaultLog<T> : IOperatorFaultHandler<T>
    where T : unmanaged
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FaultPolicy> _policies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly Queue<OperatorFault<T>> _recent = new();
    private readonly TextWriter? _log;
    private readonly int _retain;
    private long _total;

    /// <summary>Creates the log.</summary>
    /// <param name="defaultPolicy">Policy for operators without an override.</param>
    /// <param name="log">Where each fault is written as one line (null: only counted and retained).</param>
    /// <param name="retain">How many recent faults to keep.</param>
    public OperatorFaultLog(FaultPolicy defaultPolicy = FaultPolicy.Skip, TextWriter? log = null, int retain = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retain);
        DefaultPolicy = defaultPolicy;
        _log = log;
        _retain = retain;
    }

    /// <summary>The policy for operators without an override.</summary>
    public FaultPolicy DefaultPolicy { get; }

    /// <summary>Total faults recorded.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Sets the policy for one operator.</summary>
    public OperatorFaultLog<T> WithPolicy(string operatorName, FaultPolicy policy)
    {
        lock (_gate)
        {
            _policies[operatorName] = policy;
        }

        return this;
    }

    /// <summary>Faults recorded for <paramref name="operatorName"/>.</summary>
    public long CountFor(string operatorName)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(operatorName);
        }
    }

    /// <summary>The most recent faults, oldest first.</summary>
    public IReadOnlyList<OperatorFault<T>> Recent()
    {
        lock (_gate)
        {
            return [.. _recent];
        }
    }

    /// <inheritdoc />
    public FaultPolicy OnFault(string operatorName, long sequence, in T evt, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(operatorName);
        ArgumentNullException.ThrowIfNull(exception);
        lock (_gate)
        {
            var policy = _policies.GetValueOrDefault(operatorName, DefaultPolicy);
            _counts[operatorName] = _counts.GetValueOrDefault(operatorName) + 1;
            _total++;
            if (_retain > 0)
            {
                if (_recent.Count == _retain)
                {
                    _recent.Dequeue();
                }

                _recent.Enqueue(new OperatorFault<T>(operatorName, sequence, evt, exception, policy));
            }

            _log?.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"operator '{operatorName}' threw on sequence {sequence}: {exception.GetType().Name}: {exception.Message} | event {evt} | policy {policy}"));
            return policy;
        }
    }
}
