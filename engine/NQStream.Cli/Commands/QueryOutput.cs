using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NQStream.Cli.Hosting;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>Prints a query result as a table (default), a JSON array of objects, or CSV (RFC 4180).</summary>
internal static class QueryOutput
{
    public static int Write(TextWriter output, IAnsiConsole console, DbDataReader reader, bool json, bool csv, Func<string, object, string>? format = null)
    {
        if (json && csv)
        {
            throw new CliException("--json and --csv are mutually exclusive");
        }

        format ??= static (_, v) => Plain(v);
        var names = new string[reader.FieldCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
        }

        int rows = 0;
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CliJson.Options.Encoder, Indented = false }))
            {
                w.WriteStartArray();
                while (reader.Read())
                {
                    w.WriteStartObject();
                    for (int i = 0; i < names.Length; i++)
                    {
                        WriteJson(w, names[i], reader.GetValue(i));
                    }

                    w.WriteEndObject();
                    rows++;
                }

                w.WriteEndArray();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            return rows;
        }

        if (csv)
        {
            output.Write(string.Join(',', names.Select(Csv)) + "\n");
            while (reader.Read())
            {
                var cells = new string[names.Length];
                for (int i = 0; i < names.Length; i++)
                {
                    var v = reader.GetValue(i);
                    cells[i] = v is DBNull ? "" : Csv(format(names[i], v));
                }

                output.Write(string.Join(',', cells) + "\n");
                rows++;
            }

            return rows;
        }

        var table = new Table();
        foreach (var n in names)
        {
            table.AddColumn(new TableColumn(Markup.Escape(n)));
        }

        while (reader.Read())
        {
            var cells = new string[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                var v = reader.GetValue(i);
                cells[i] = Markup.Escape(v is DBNull ? "NULL" : format(names[i], v));
            }

            table.AddRow(cells);
            rows++;
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected output: never wrap or collapse columns to a guessed terminal width.
            console.Profile.Width = 4096;
        }

        console.Write(table);
        output.WriteLine(rows == 1 ? "1 row" : rows.ToString(CultureInfo.InvariantCulture) + " rows");
        return rows;
    }

    public static string Plain(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        byte[] b => Convert.ToHexStringLower(b),
        _ => value.ToString() ?? "",
    };

    private static void WriteJson(Utf8JsonWriter w, string name, object value)
    {
        switch (value)
        {
            case DBNull:
                w.WriteNull(name);
                break;
            case long l:
                w.WriteNumber(name, l);
                break;
            case double d when double.IsFinite(d):
                w.WriteNumber(name, d);
                break;
            case double d:
                w.WriteString(name, d.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                w.WriteString(name, Plain(value));
                break;
        }
    }

    private static string Csv(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
