namespace NQStream.Sinks.Store;

/// <summary>Column types shared by the SQLite store and QuestDB (questdb/schema.sql).</summary>
public enum ColumnKind
{
    /// <summary>Designated timestamp in ns since the Unix epoch: SQLite INTEGER, QuestDB TIMESTAMP_NS.</summary>
    Timestamp,

    /// <summary>Low-cardinality text: SQLite TEXT, QuestDB SYMBOL (ILP tag).</summary>
    Symbol,

    /// <summary>Free text: SQLite TEXT, QuestDB VARCHAR (ILP string column).</summary>
    Varchar,

    /// <summary>64-bit integer: SQLite INTEGER, QuestDB LONG.</summary>
    Long,

    /// <summary>64-bit float: SQLite REAL, QuestDB DOUBLE.</summary>
    Double,

    /// <summary>Boolean: SQLite INTEGER 0/1, QuestDB BOOLEAN.</summary>
    Boolean,
}
