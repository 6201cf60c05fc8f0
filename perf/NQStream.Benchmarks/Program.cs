using BenchmarkDotNet.Running;

// Runs BenchmarkDotNet suites: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*'
// Sinks harness (rows/s by wall and CPU time, checksums): dotnet run -c Release --project perf/NQStream.Benchmarks -- sinks-harness
// ILP encode vs the Node.js client (needs node + tests/peers/node/node_modules): ... -- ilp-node-peer
if (args is ["sinks-harness"])
{
    return NQStream.Benchmarks.Sinks.SinksHarness.Run();
}

// ILP encode against the official Node.js client on the same rows (byte-equal output checked): -- ilp-node-peer
if (args is ["ilp-node-peer"])
{
    return NQStream.Benchmarks.Sinks.IlpNodePeerHarness.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
