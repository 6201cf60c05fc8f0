namespace NQStream.PerfHarness.Ring;

/// <summary>One measured run of one implementation on one topology.</summary>
/// <param name="Events">Events sent.</param>
/// <param name="Seconds">Wall time from the first publish to the last consumption.</param>
/// <param name="Checksum">The checksum the consumers produced.</param>
/// <param name="AllocatedBytes">Bytes allocated in the process during the run (-1 when not measured, e.g. the JVM).</param>
/// <param name="Gen0">Gen-0 collections during the run.</param>
public sealed record RunResult(long Events, double Seconds, long Checksum, long AllocatedBytes, int Gen0)
{
    /// <summary>Millions of events per second.</summary>
    public double Mops => Events / Seconds / 1e6;
}
