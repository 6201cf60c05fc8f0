using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class IlpCommandTests : IDisposable
{
    private const string Row = """{"table":"mbo events","symbols":{"symbol":"NQZ5 C21000","side":"B"},"columns":{"price":21000.25,"size":3,"note":"say \"hi\"\\x","snapshot":false,"ts_recv":{"ts_us":1700000000123456}},"ts":1700000000123456789}""";

    private readonly string _dir = RepoPaths.NewTempDir("cli-ilp");

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Encodes_the_reference_row_in_both_protocol_versions()
    {
        string input = Path.Combine(_dir, "rows.jsonl");
        File.WriteAllText(input, Row + "\n\n" + """{"table":"t","columns":{"x":{"float":"NaN"},"y":null,"z":1e100}}""" + "\n");
        var (code, text, _) = CliRunner.Run("ilp", "encode", "--input", input);
        code.Should().Be(CliApp.ExitOk);
        text.Should().Be("mbo\\ events,symbol=NQZ5\\ C21000,side=B price=21000.25,size=3i,note=\"say \\\"hi\\\"\\\\x\",snapshot=f,ts_recv=1700000000123456t 1700000000123456789\nt x=NaN,z=1E+100\n");

        string output = Path.Combine(_dir, "v2.bin");
        CliRunner.Run("ilp", "encode", "--protocol-version", "2", "--input", input, "--output", output).Code.Should().Be(CliApp.ExitOk);
        byte[] bytes = File.ReadAllBytes(output);
        byte[] head = [.. "mbo\\ events,symbol=NQZ5\\ C21000,side=B price=="u8, 0x10, 0, 0, 0, 0, 0x10, 0x82, 0xd4, 0x40, (byte)','];
        bytes.Take(head.Length).Should().Equal(head);
        System.Text.Encoding.UTF8.GetString(bytes).Should().Contain(" 1700000000123456789n\n");
    }

    [Theory]
    [InlineData("""{"table":"a,b","columns":{"x":1}}""", "nqstream: {in} line 2: Invalid character in table name: ,")]
    [InlineData("""{"table":"t","columns":{"x":[1]}}""", "nqstream: {in} line 2: field 'columns.x': expected a number, string, boolean, null or*")]
    [InlineData("""{"table":"t","columns":{"x":1},"ts":"now"}""", "nqstream: {in} line 2: field 'ts': expected an integer in the signed 64-bit range")]
    [InlineData("""{"table":"t",""", "nqstream: {in} line 2: invalid JSON:*")]
    public void Bad_rows_name_the_line_and_field(string badLine, string message)
    {
        string input = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(input, """{"table":"t","columns":{"x":1}}""" + "\n" + badLine + "\n");
        var (code, _, err) = CliRunner.Run("ilp", "encode", "--input", input);
        code.Should().Be(CliApp.ExitBadInput);
        err.TrimEnd().Should().Match(message.Replace("{in}", input, StringComparison.Ordinal));
    }
}
