namespace NQStream.Operators.Iceberg;

/// <summary>One price level of one side of one instrument (raw price: never a double as a key).</summary>
internal readonly record struct LevelKey(uint InstrumentId, byte Side, long Price);
