using Microsoft.Data.Sqlite;
using NQStream.Cli.Hosting;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Commands;

/// <summary>Opens a store file read-only for the query commands, with one-line errors.</summary>
internal static class StoreInput
{
    public static SqliteConnection Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"store {path}: file not found");
        }

        try
        {
            return SqliteStore.OpenConnection(path, readOnly: true);
        }
        catch (SqliteException ex)
        {
            throw new CliException($"store {path}: cannot open: {ex.Message}", ex);
        }
    }
}
