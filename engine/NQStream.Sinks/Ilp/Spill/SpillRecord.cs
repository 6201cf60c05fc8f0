namespace NQStream.Sinks.Ilp.Spill;

/// <summary>One spilled batch: the table's ILP rows and where the record ends in the file.</summary>
/// <param name="End">File offset just past this record (persisted as the delivered offset once sent).</param>
/// <param name="Table">Table name (for the report only: the payload carries it in every row).</param>
/// <param name="Payload">The ILP request body.</param>
internal readonly record struct SpillRecord(long End, string Table, byte[] Payload);
