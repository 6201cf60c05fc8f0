namespace NQStream.Market.Instruments;

/// <summary>The resolved underlying future of an option: its instrument id and where the id came from.</summary>
/// <param name="Id">Instrument id of the underlying future; 0 when unresolved.</param>
/// <param name="Source">How the id was found.</param>
public readonly record struct UnderlyingRef(uint Id, UnderlyingSource Source)
{
    /// <summary>True when an id is known (from any source).</summary>
    public bool IsResolved => Source != UnderlyingSource.None;

    /// <summary>True when the future's own definition is in the registry (not <c>NO_UNDERLYING</c>).</summary>
    public bool IsDefined => Source == UnderlyingSource.FutureDefinition;
}
