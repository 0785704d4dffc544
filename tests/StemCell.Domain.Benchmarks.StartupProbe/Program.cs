// The start-up probe StartupBenchmarks launches: the whole of a cold process's first use of the library, from loading
// the embedded sample dataset to the answer of one query. Prints the number of studies found and exits 0 only when
// the answer holds the study the sample dataset is known to contain.
// Two modes for looking into its time, which the benchmark does not use: --phases also writes the time of each phase
// to standard error, and --linked-only returns before calling the library, which is what the image alone costs.
using System.Diagnostics;
using StemCell.Domain;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;

const string ExpectedStudy = "johns-hopkins-nsc-als-2023";

if (args is ["--linked-only"])
{
    return 0;
}

var clock = Stopwatch.StartNew();
var atStart = GC.GetTotalAllocatedBytes(precise: true);
var als = Disease.FromCode("als");
var (lookedUp, lookupBytes) = (clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true));
var dataset = SampleDataset.Dataset;
var (read, readBytes) = (clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true));
var index = new DatasetIndex(dataset);
var (indexed, indexBytes) = (clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true));
var found = index.Studies.WithDisease(als).Execute();
var answered = clock.Elapsed;
Console.WriteLine(found.Length);
if (args is ["--phases"])
{
    Console.Error.WriteLine(
        $"first lookup {lookedUp.TotalMilliseconds:F2} ms ({(lookupBytes - atStart) / 1024} KB), "
        + $"read {(read - lookedUp).TotalMilliseconds:F2} ms ({(readBytes - lookupBytes) / 1024} KB), "
        + $"index {(indexed - read).TotalMilliseconds:F2} ms ({(indexBytes - readBytes) / 1024} KB), "
        + $"query {(answered - indexed).TotalMilliseconds:F2} ms; {atStart / 1024} KB before, "
        + $"{GC.GetTotalAllocatedBytes(precise: true) / 1024} KB in all, {GC.CollectionCount(0)} collections");
}

return found.Any(study => study.Id == ExpectedStudy) ? 0 : 1;
