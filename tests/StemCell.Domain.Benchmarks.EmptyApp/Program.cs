// The baseline of StartupBenchmarks: an empty console app, which prints one line shaped like the start-up probe's.
Console.WriteLine(1);
