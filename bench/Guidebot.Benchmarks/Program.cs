using BenchmarkDotNet.Running;
using Guidebot.Benchmarks;

var benchmarkArgs = RepoPaths.UseArguments(args);
LatencyReport.Print();
BenchmarkSwitcher.FromAssembly(typeof(LatencyReport).Assembly).Run(benchmarkArgs);
