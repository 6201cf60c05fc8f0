namespace NQStream.Operators.Tests.Iceberg;

/// <summary>One MBO record of a hand-built venue event.</summary>
internal readonly record struct R(char Action, char Side, double Px, uint Size, ulong Id = 0, byte Flags = 0);
