namespace NQStream.Operators.Filters;

/// <summary>Result of the distance filter (docs/algorithms.md §5.2).</summary>
/// <param name="Distance">|K − F| / F; null when F is not valid.</param>
/// <param name="Within">Distance ≤ <c>max_distance</c>; false when the distance is null.</param>
/// <param name="Reason">Why the values are what they are.</param>
public readonly record struct DistanceResult(double? Distance, bool Within, DistanceReason Reason);
