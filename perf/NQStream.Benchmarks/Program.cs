using BenchmarkDotNet.Running;

// Runs BenchmarkDotNet suites: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*'
// Sinks harness (rows/s by wall and CPU time, checksums): dotnet run -c Release --project perf/NQStream.Benchmarks -- sinks-harness
// ILP encode vs the Node.js client (needs node + tests/peers/node/node_modules): ... -- ilp-node-peer
if (args is ["sinks-harness"])
{
    return NQStream.Benchmarks.Sinks.SinksHarness.Run();
}

// The store on a realistic replay day: old path, one transaction per array, group commit (same table checked): -- store-day-harness [runs]
if (args is ["store-day-harness", ..])
{
    return NQStream.Benchmarks.Sinks.StoreDayHarness.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

// What SQLite allows for those rows (no index, no journal, multi-row VALUES; row count checked): -- store-ceiling-harness [runs]
if (args is ["store-ceiling-harness", ..])
{
    return NQStream.Benchmarks.Sinks.StoreCeilingHarness.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

// ILP encode against the official Node.js client on the same rows (byte-equal output checked): -- ilp-node-peer
if (args is ["ilp-node-peer"])
{
    return NQStream.Benchmarks.Sinks.IlpNodePeerHarness.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
