using System.CommandLine;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream query --store PATH "SQL"</c>: runs read-only SQL against the embedded store.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "Store file (SQLite)", Required = true };
        var sql = new Argument<string>("SQL") { Description = "SQL to run (the file is opened read-only)" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of row objects" };
        var csv = new Option<bool>("--csv") { Description = "Print CSV (RFC 4180) with a header row" };
        var command = new Command("query", "Run SQL against the embedded store and print the result.") { store, sql, json, csv };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(store)!;
            using var connection = StoreInput.Open(path);
            using var cmd = connection.CreateCommand();
            cmd.CommandText = parse.GetValue(sql);
            try
            {
                using var reader = cmd.ExecuteReader();
                QueryOutput.Write(parse.Out(), parse.Ansi(), reader, parse.GetValue(json), parse.GetValue(csv));
            }
            catch (SqliteException ex)
            {
                throw new CliException($"store {path}: SQL error: {(ex.SqliteErrorCode == 8 ? "the store is opened read-only" : SqliteText(ex))}", ex);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    // "SQLite Error 1: 'near "SELEC": syntax error'." → near "SELEC": syntax error
    private static string SqliteText(SqliteException ex)
    {
        var m = System.Text.RegularExpressions.Regex.Match(ex.Message, @"^SQLite Error \d+: '(.*)'\.?$", System.Text.RegularExpressions.RegexOptions.Singleline);
        return (m.Success ? m.Groups[1].Value : ex.Message).ReplaceLineEndings(" ");
    }
}
