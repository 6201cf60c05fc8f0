using System.CommandLine;
using System.Text;
using NQStream.Cli.Hosting;
using NQStream.Sinks.Ilp;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream ilp encode [--protocol-version 1|2] &lt; rows.jsonl</c>: prints the ILP bytes for rows given as JSON
/// lines <c>{"table":..,"symbols":{..},"columns":{..},"ts":ns}</c> (see <see cref="IlpJsonRows"/>).
/// </summary>
internal static class IlpCommand
{
    public static Command Create()
    {
        var ilp = new Command("ilp", "InfluxDB line protocol (QuestDB ILP) tools.");
        ilp.Subcommands.Add(CreateEncode());
        return ilp;
    }

    private static Command CreateEncode()
    {
        var version = new Option<int>("--protocol-version") { Description = "1 = text doubles, 2 = binary doubles and ns-suffixed timestamps (QuestDB ≥ 9.0)", DefaultValueFactory = _ => 1 };
        var input = new Option<FileInfo?>("--input") { Description = "Read rows from FILE instead of standard input" };
        var output = new Option<FileInfo?>("--output") { Description = "Write the bytes to FILE instead of standard output" };
        var command = new Command("encode", "Encode JSON-lines rows as ILP bytes (columns typed by JSON type; {\"ts_us\": n} for a timestamp column).")
        {
            version, input, output,
        };
        command.SetAction(parse =>
        {
            var v = parse.GetValue(version) switch
            {
                1 => IlpProtocolVersion.V1,
                2 => IlpProtocolVersion.V2,
                var other => throw new CliException($"--protocol-version {other}: expected 1 or 2"),
            };
            var inFile = parse.GetValue(input);
            string source = inFile?.ToString() ?? "stdin";
            using var reader = inFile is null ? Console.In : new StreamReader(inFile.FullName, Encoding.UTF8);
            using var buffer = new IlpBuffer(v);
            int lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                try
                {
                    IlpJsonRows.Append(buffer, line, lineNumber);
                }
                catch (IlpException ex)
                {
                    throw new CliException($"{source} {ex.Message}", ex);
                }
            }

            Emit(parse, buffer, parse.GetValue(output));
            return CliApp.ExitOk;
        });
        return command;
    }

    private static void Emit(ParseResult parse, IlpBuffer buffer, FileInfo? output)
    {
        if (output is not null)
        {
            File.WriteAllBytes(output.FullName, buffer.WrittenSpan.ToArray());
            return;
        }

        var writer = parse.Out();
        if (ReferenceEquals(writer, Console.Out))
        {
            writer.Flush();
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(buffer.WrittenSpan);
            return;
        }

        if (buffer.Version == IlpProtocolVersion.V2)
        {
            throw new CliException("protocol 2 output is binary: use --output FILE or a real standard output");
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
