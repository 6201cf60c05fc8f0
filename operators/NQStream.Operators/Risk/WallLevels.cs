namespace NQStream.Operators.Risk;

/// <summary>Call and put walls (points); null when that side has no open interest (or no GEX) in its half of the chain.</summary>
/// <param name="CallWall">argmax over K ≥ F of the call side's OI (or |GEX|); ties → nearest to F.</param>
/// <param name="PutWall">argmax over K ≤ F of the put side's OI (or |GEX|); ties → nearest to F.</param>
/// <param name="Basis">What was ranked.</param>
public sealed record WallLevels(double? CallWall, double? PutWall, WallBasis Basis);
