using BenchmarkDotNet.Running;

// Runs BenchmarkDotNet suites: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
