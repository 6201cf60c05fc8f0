using System.Globalization;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

// Usage: NQStream.Sinks.CrashWriter <db-path> <batch-size>
// Appends windows rows in whole batches and prints "ack <committed rows>" after each commit, forever.
// The crash test kills it with SIGKILL at an arbitrary point and then inspects the file.
string path = args[0];
int batch = int.Parse(args[1], CultureInfo.InvariantCulture);
await using var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = batch, Capacity = batch * 4, FlushInterval = TimeSpan.Zero });
long start;
using (var connection = SqliteStore.OpenConnection(path, readOnly: true))
using (var cmd = connection.CreateCommand())
{
    cmd.CommandText = "SELECT coalesce(max(ts), 0) FROM windows";
    start = (long)cmd.ExecuteScalar()! + 1;
}

var stdout = Console.Out;
for (long ts = start; ; )
{
    for (int i = 0; i < batch; i++, ts++)
    {
        await store.WriteAsync(new WindowRow
        {
            Ts = ts,
            InstrumentId = ts % 97,
            RawSymbol = "NQZ5 C21000",
            Window = "1m",
            Pressure = ts * 0.5,
            Volume = ts,
        });
    }

    await store.FlushAsync();
    await stdout.WriteLineAsync("ack " + store.Committed.ToString(CultureInfo.InvariantCulture));
    await stdout.FlushAsync();
}
