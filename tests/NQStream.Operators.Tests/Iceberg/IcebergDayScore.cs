using NQStream.Operators.Iceberg;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>Result of one simulated trade date replayed through the detector and scored against its labels.</summary>
internal sealed record IcebergDayScore(ulong Seed, DateOnly Date, int Instruments, int Labels, int Detected, int Confirmed, int Unmatched, int MaxUnmatchedPerInstrument, long Records, IReadOnlyList<IcebergCandidate> False)
{
    public double FalsePerInstrumentDay => Instruments == 0 ? 0 : Unmatched / (double)Instruments;
}
