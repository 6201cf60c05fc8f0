using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream dbn dump FILE</c>: one JSON object per record, Databento's field names.</summary>
internal static class DbnDumpCommand
{
    public static Command Create()
    {
        var input = new DbnInput();
        var json = new Option<bool>("--json") { Description = "JSON lines (the default and only record format; kept for scripts that pass it)" };
        var limit = new Option<long?>("--limit") { Description = "Stop after N records" };
        var metadata = new Option<bool>("--metadata") { Description = "Print the metadata header as the first line" };
        var upgrade = new Option<bool>("--upgrade") { Description = "Upgrade v1/v2 records to the v3 layout before printing" };
        var cmd = new Command("dump", "Print records as JSON lines: header fields under \"hd\", chars as 1-character strings, raw fixed-point prices.");
        input.AddTo(cmd);
        cmd.Options.Add(json);
        cmd.Options.Add(limit);
        cmd.Options.Add(metadata);
        cmd.Options.Add(upgrade);
        cmd.SetAction(parse =>
        {
            var max = parse.GetValue(limit);
            if (max is < 0)
            {
                throw new CliException($"--limit {max} must be zero or positive");
            }

            using var reader = input.Open(parse, parse.GetValue(upgrade));
            var output = parse.Out();
            var buffer = new ArrayBufferWriterStream();
            using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            if (parse.GetValue(metadata))
            {
                if (reader.Metadata is null)
                {
                    output.WriteLine($"{{\"metadata\":null,\"fragment_version\":{reader.Version}}}");
                }
                else
                {
                    DbnJson.WriteMetadata(w, reader.Metadata);
                    buffer.FlushLine(w, output);
                }
            }

            long n = 0;
            while ((max is null || n < max) && reader.TryRead(out var rec))
            {
                DbnJson.WriteRecord(w, rec);
                buffer.FlushLine(w, output);
                n++;
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }

    /// <summary>Reusable UTF-8 buffer: one JSON value at a time, written out as a line.</summary>
    private sealed class ArrayBufferWriterStream : MemoryStream
    {
        public void FlushLine(Utf8JsonWriter w, TextWriter output)
        {
            w.Flush();
            output.WriteLine(Encoding.UTF8.GetString(GetBuffer(), 0, (int)Length));
            SetLength(0);
            w.Reset(this);
        }
    }
}
