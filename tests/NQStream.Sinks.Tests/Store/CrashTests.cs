using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Store;

/// <summary>
/// A writer process is killed with SIGKILL in the middle of writing, three times over the same file. After each
/// kill the file must pass <c>integrity_check</c>, hold whole batches only, and hold at least every row the
/// writer had acknowledged (committed) before it died.
/// </summary>
public sealed class CrashTests
{
    private const int Batch = 500;

    [Fact]
    public async Task Killed_writer_loses_at_most_the_unflushed_batch_and_never_corrupts_the_file()
    {
        string dir = RepoPaths.NewTempDir("store-crash");
        string path = Path.Combine(dir, "crash.db");
        try
        {
            long previous = 0;
            foreach (int acksBeforeKill in new[] { 3, 17, 40 })
            {
                long acknowledged = previous + await RunAndKill(path, acksBeforeKill);
                var (integrity, rows) = Inspect(path);
                integrity.Should().Be("ok");
                (rows % Batch).Should().Be(0, "a transaction holds exactly one batch");
                rows.Should().BeGreaterThanOrEqualTo(acknowledged, "acknowledged rows survive the kill");
                rows.Should().BeLessThanOrEqualTo(acknowledged + Batch, "only the batch being written when the kill landed can be committed unacknowledged");
                rows.Should().BeGreaterThan(previous, "each run appends");
                previous = rows;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    private static async Task<long> RunAndKill(string path, int acksBeforeKill)
    {
        string exe = Path.Combine(AppContext.BaseDirectory, "NQStream.Sinks.CrashWriter.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(exe);
        psi.ArgumentList.Add(path);
        psi.ArgumentList.Add(Batch.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(psi)!;
        var errors = child.StandardError.ReadToEndAsync();
        long acknowledged = 0;
        for (int acks = 0; acks < acksBeforeKill; acks++)
        {
            string? line = await child.StandardOutput.ReadLineAsync();
            line.Should().NotBeNull("the writer died early: " + (child.HasExited ? await errors : ""));
            acknowledged = long.Parse(line!["ack ".Length..], CultureInfo.InvariantCulture);
        }

        // The writer never pauses between batches, so the kill lands while it is writing the next one.
        child.Kill();
        await child.WaitForExitAsync();
        child.ExitCode.Should().Be(137, "SIGKILL");

        // Acks printed before death but not yet read by us still count: take the last one.
        while (await child.StandardOutput.ReadLineAsync() is { } rest)
        {
            if (rest.StartsWith("ack ", StringComparison.Ordinal))
            {
                acknowledged = long.Parse(rest["ack ".Length..], CultureInfo.InvariantCulture);
            }
        }

        return acknowledged;
    }

    private static (string Integrity, long Rows) Inspect(string path)
    {
        using var connection = SqliteStore.OpenConnection(path, readOnly: false);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        string integrity = (string)cmd.ExecuteScalar()!;
        cmd.CommandText = "SELECT count(*) FROM windows";
        return (integrity, (long)cmd.ExecuteScalar()!);
    }
}
