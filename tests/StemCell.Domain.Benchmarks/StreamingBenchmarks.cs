using BenchmarkDotNet.Attributes;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Streaming validation: every study of a document of 10,000, 100,000 and 1,000,000 studies read, mapped and validated
/// by <see cref="StemCellJson.ReadStudiesAsync"/> from a stream produced on the fly. The time per study is the mean
/// divided by the number of studies, so linear growth shows as a constant time per study. A single read of a million
/// studies takes long enough that the README runs this class with a monitoring job of a few iterations. Peak memory
/// is measured by the <c>memory</c> mode, in a process per size.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    [ParamsSource(nameof(Sizes))]
    public int Studies { get; set; }

    public static IEnumerable<int> Sizes => Smoke.IsOn ? [100, 1_000] : [10_000, 100_000, 1_000_000];

    [Benchmark]
    public int ReadStudies()
    {
        var read = StreamingMemory.ReadAllAsync(Studies).GetAwaiter().GetResult();
        return read == Studies ? read : throw new InvalidOperationException($"Read {read} of {Studies} studies.");
    }
}
