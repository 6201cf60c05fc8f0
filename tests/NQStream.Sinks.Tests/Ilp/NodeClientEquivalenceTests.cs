using System.Diagnostics;
using System.Globalization;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using NQStream.TestSupport;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>
/// Byte-for-byte equality with the official @questdb/nodejs-client 4.2.0 (tests/peers/node) on the generated
/// corpus. Protocol 2 must match exactly; in protocol 1 a double's text may differ (.NET <c>1E+100</c> vs JS
/// <c>1e+100</c>), so differing tokens must both parse to the same double. Rejected rows must be rejected by both.
/// </summary>
public sealed class NodeClientEquivalenceTests
{
    [NodePeerFact]
    public void Protocol_v1_matches_the_official_client() => Compare(IlpProtocolVersion.V1);

    [NodePeerFact]
    public void Protocol_v2_matches_the_official_client_byte_for_byte() => Compare(IlpProtocolVersion.V2);

    private static void Compare(IlpProtocolVersion version)
    {
        var corpus = IlpCorpusGenerator.Build();
        string[] expected = RunNode(version, corpus);
        expected.Should().HaveCount(corpus.Count);
        int accepted = 0, rejected = 0, textDoubles = 0;
        for (int i = 0; i < corpus.Count; i++)
        {
            string actual = EncodeOurs(version, corpus[i]);
            string because = $"row {i}: {corpus[i].ToCliJson()}";
            if (expected[i].StartsWith("ERR ", StringComparison.Ordinal))
            {
                actual.Should().StartWith("ERR ", because);
                SameErrorKind(actual[4..], expected[i][4..]).Should().BeTrue($"{because}: ours '{actual}', node '{expected[i]}'");
                rejected++;
                continue;
            }

            actual.Should().NotStartWith("ERR ", because);
            byte[] ours = Convert.FromHexString(actual);
            byte[] theirs = Convert.FromHexString(expected[i]);
            if (version == IlpProtocolVersion.V2)
            {
                ours.Should().Equal(theirs, because);
            }
            else
            {
                textDoubles += EqualAllowingDoubleText(ours, theirs, because);
            }

            accepted++;
        }

        accepted.Should().BeGreaterThan(200);
        rejected.Should().BeGreaterThan(30);
        if (version == IlpProtocolVersion.V1)
        {
            textDoubles.Should().BeGreaterThan(0, "the corpus holds doubles whose .NET and JS texts differ");
        }
    }

    private static string EncodeOurs(IlpProtocolVersion version, CorpusRow row)
    {
        using var buffer = new IlpBuffer(version, initialSize: 16);
        try
        {
            IlpJsonRows.Append(buffer, row.ToCliJson(), 1);
            return Convert.ToHexStringLower(buffer.WrittenSpan);
        }
        catch (IlpException ex)
        {
            return "ERR " + ex.Message["line 1: ".Length..];
        }
    }

    private static bool SameErrorKind(string ours, string theirs)
    {
        int colon = theirs.IndexOf(": ", StringComparison.Ordinal);
        return theirs.StartsWith("Invalid character in ", StringComparison.Ordinal)
            ? ours.StartsWith(theirs[..(colon + 2)], StringComparison.Ordinal)
            : ours == theirs;
    }

    /// <summary>Walks both byte strings; where they differ, the tokens up to the next delimiter must be equal doubles.</summary>
    private static int EqualAllowingDoubleText(byte[] ours, byte[] theirs, string because)
    {
        int i = 0, j = 0, differences = 0;
        while (i < ours.Length && j < theirs.Length)
        {
            if (ours[i] == theirs[j])
            {
                i++;
                j++;
                continue;
            }

            int start = Array.LastIndexOf(ours, (byte)'=', i - 1) + 1;
            j -= i - start;
            i = start;
            string a = Token(ours, ref i), b = Token(theirs, ref j);
            bool parsedA = double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out double da);
            bool parsedB = double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out double db);
            (parsedA && parsedB).Should().BeTrue($"{because}: '{a}' vs '{b}' differ and are not both doubles");
            da.Equals(db).Should().BeTrue($"{because}: '{a}' and '{b}' are different doubles");
            differences++;
        }

        (i == ours.Length && j == theirs.Length).Should().BeTrue($"{because}: lengths differ");
        return differences;
    }

    private static string Token(byte[] bytes, ref int pos)
    {
        int start = pos;
        while (pos < bytes.Length && bytes[pos] is not ((byte)',' or (byte)' ' or (byte)'\n'))
        {
            pos++;
        }

        return Encoding.UTF8.GetString(bytes, start, pos - start);
    }

    private static string[] RunNode(IlpProtocolVersion version, List<CorpusRow> corpus)
    {
        string dir = RepoPaths.NewTempDir("ilp-corpus");
        try
        {
            string input = Path.Combine(dir, "rows.jsonl");
            File.WriteAllLines(input, corpus.Select(r => r.ToNodeJson()), new UTF8Encoding(false));
            var psi = new ProcessStartInfo("node")
            {
                WorkingDirectory = Peers.NodePeerDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            psi.ArgumentList.Add(Path.Combine(Peers.NodePeerDir, "ilp-encode.js"));
            psi.ArgumentList.Add(((int)version).ToString(CultureInfo.InvariantCulture));
            psi.ArgumentList.Add(input);
            using var node = Process.Start(psi)!;
            var stderr = node.StandardError.ReadToEndAsync();
            string stdout = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            node.ExitCode.Should().Be(0, "node failed: " + stderr.Result);
            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
