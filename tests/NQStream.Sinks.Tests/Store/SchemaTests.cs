using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Store;

/// <summary>questdb/schema.sql and the SQLite tables come from one C# description and cannot drift.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(RepoPaths.Root, "questdb", "schema.sql");

    [Fact]
    public void Questdb_schema_sql_is_generated_from_the_shared_schema()
    {
        if (Environment.GetEnvironmentVariable("NQSTREAM_WRITE_QUESTDB_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SchemaFile)!);
            File.WriteAllText(SchemaFile, QuestDbDdl.Script());
        }

        File.ReadAllText(SchemaFile).ReplaceLineEndings("\n").Should().Be(
            QuestDbDdl.Script(),
            "questdb/schema.sql must equal QuestDbDdl.Script(); regenerate with NQSTREAM_WRITE_QUESTDB_SCHEMA=1 dotnet test --filter SchemaTests");
    }

    [Fact]
    public void Questdb_tables_have_designated_timestamp_day_partitions_wal_and_dedup_keys()
    {
        string sql = File.ReadAllText(SchemaFile);
        foreach (var table in StoreSchema.All)
        {
            int start = sql.IndexOf("CREATE TABLE IF NOT EXISTS " + table.Name + " (", StringComparison.Ordinal);
            start.Should().BeGreaterThan(0, table.Name);
            string statement = sql[start..sql.IndexOf(';', start)];
            statement.Should().Contain(") TIMESTAMP(ts) PARTITION BY DAY WAL");
            statement.Should().Contain("DEDUP UPSERT KEYS (ts");
            statement.Should().Contain("  ts ").And.Contain("TIMESTAMP_NS");
        }
    }

    [Fact]
    public async Task Sqlite_tables_match_the_schema_column_by_column()
    {
        string dir = RepoPaths.NewTempDir("store-schema");
        string path = Path.Combine(dir, "s.db");
        await SqliteStore.Open(path).DisposeAsync();
        using var connection = SqliteStore.OpenConnection(path, readOnly: true);
        foreach (var table in StoreSchema.All)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT name, type FROM pragma_table_info('{table.Name}') ORDER BY cid";
            var actual = new List<(string, string)>();
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    actual.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            actual.Should().Equal(table.Columns.Select(c => (c.Name, c.Kind switch
            {
                ColumnKind.Double => "REAL",
                ColumnKind.Symbol or ColumnKind.Varchar => "TEXT",
                _ => "INTEGER",
            })));
            cmd.CommandText = $"SELECT \"unique\" FROM pragma_index_list('{table.Name}') WHERE name = '{table.Name}_dedup'";
            cmd.ExecuteScalar().Should().Be(1L, $"{table.Name} has a unique de-duplication index");
        }

        JournalMode(connection).Should().Be("wal");
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, true);
    }

    private static string JournalMode(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        return (string)cmd.ExecuteScalar()!;
    }
}
