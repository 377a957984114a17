using BenchmarkDotNet.Running;
using Guidebot.Benchmarks;

var benchmarkArgs = RepoPaths.UseArguments(args);
QualityReport.Print();
LatencyReport.Print();
BenchmarkSwitcher.FromAssembly(typeof(LatencyReport).Assembly).Run(benchmarkArgs);
